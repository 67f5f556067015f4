import { useNavigate, useSearchParams } from '@solidjs/router';
import { type Component, createEffect, createSignal, For, Show } from 'solid-js';
import { ENTITIES } from '@shared/sync/entities.ts';
import { liveSingle } from '../sync/records.ts';
import { Toggle } from '../ui/toggle.tsx';
import type { RecommendationReason, Slot } from '@shared/booking/slot.schema.ts';
import { ISSUES_MAX } from '@shared/booking/booking-args.schema.ts';
import { useCenter } from '../app/center.ts';
import { pick, useT } from '../i18n/i18n.ts';
import { modelShown } from '../i18n/workshop-words.ts';
import { Button } from '../ui/button.tsx';
import { Card } from '../ui/card.tsx';
import { Page } from '../ui/page.tsx';
import { durationText, reasonText, whenText } from './booking-words.ts';
import { createBooking, liveVehicles } from './booking.store.ts';
import { SlotPicker } from './slot-picker.tsx';
import { precacheSlots } from './slot-cache.ts';
import './booking.css';

/** Booking a visit: vehicle, service, the issues in the customer's words, then a time. */
export default function NewBookingScreen(props: {
  /** Another feature's card above the issues field (composed in web/routes.tsx): the open remarks. */
  beforeIssues?: Component<{ vehicleId: string | undefined }>;
}) {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const center = useCenter();
  const vehicles = liveVehicles();
  const [vehicleId, setVehicleId] = createSignal<string | undefined>(params.vehicle as string | undefined);
  const [serviceTypeId, setServiceTypeId] = createSignal<string | undefined>(params.service as string | undefined);
  const [issues, setIssues] = createSignal((params.issues as string | undefined) ?? '');
  const [chosen, setChosen] = createSignal<{ slot: Slot; reason: RecommendationReason | null } | null>(null);
  const [busy, setBusy] = createSignal(false);

  createEffect(() => {
    if (!vehicleId() && vehicles()?.length) setVehicleId(vehicles()![0]!.id);
    const types = center()?.serviceTypes ?? [];
    if (!serviceTypeId() && types.length)
      setServiceTypeId((types.find((s) => s.code === 'maintenance') ?? types[0])!.id);
  });

  // Mirror every service's free times while online, so switching service offline still offers times.
  createEffect(() => {
    const types = center()?.serviceTypes;
    if (types?.length) void precacheSlots(types.map((s) => s.id));
  });

  // The loaner option is offered only to tiers that have it; the server refuses it for the others.
  const membership = liveSingle(ENTITIES.membership);
  const [loaner, setLoaner] = createSignal(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const c = chosen();
    if (!c || !vehicleId() || !serviceTypeId() || busy()) return;
    setBusy(true);
    const id = crypto.randomUUID();
    await createBooking({
      id,
      vehicleId: vehicleId()!,
      serviceTypeId: serviceTypeId()!,
      startsAt: c.slot.startsAt,
      issues: issues().trim(),
      reason: c.reason,
      ...(loaner() ? { loaner: true } : {}),
    });
    navigate(`/booking/${id}`, { replace: true, state: { justBooked: true } });
  };

  return (
    <Page title={t('booking.newTitle')} back="/booking" backLabel={t('booking.backToList')}>
      <form class="stack booking-form" onSubmit={(e) => void submit(e)}>
        <Show when={(vehicles() ?? []).length > 1}>
          <Card title={t('booking.form.vehicle')}>
            <div class="choice-list" role="radiogroup" aria-label={t('booking.form.vehicle')}>
              <For each={vehicles()}>
                {(v) => (
                  <label class="choice">
                    <input
                      type="radio"
                      name="vehicle"
                      checked={vehicleId() === v.id}
                      onChange={() => setVehicleId(v.id)}
                    />
                    <span>
                      <strong>{v.plate}</strong> {modelShown(v.model).text}
                    </span>
                  </label>
                )}
              </For>
            </div>
          </Card>
        </Show>
        <Show when={(vehicles() ?? []).length === 1}>
          <p class="muted">
            {t('booking.form.vehicle')}：<strong>{vehicles()![0]!.plate}</strong>{' '}
            {modelShown(vehicles()![0]!.model).text}
          </p>
        </Show>
        <Card title={t('booking.form.service')}>
          <div class="choice-list" role="radiogroup" aria-label={t('booking.form.service')}>
            <For each={center()?.serviceTypes ?? []}>
              {(s) => (
                <label class="choice">
                  <input
                    type="radio"
                    name="service"
                    checked={serviceTypeId() === s.id}
                    onChange={() => {
                      setServiceTypeId(s.id);
                      setChosen(null);
                    }}
                  />
                  <span>
                    {pick(s.nameZh, s.nameEn)}{' '}
                    <small class="muted">{t('booking.form.duration', { d: durationText(t, s.durationMinutes) })}</small>
                  </span>
                </label>
              )}
            </For>
          </div>
        </Card>
        {props.beforeIssues && <props.beforeIssues vehicleId={vehicleId()} />}
        <Card>
          <label class="field">
            <span class="field-label">{t('booking.form.issues')}</span>
            <textarea
              class="input"
              rows={3}
              maxLength={ISSUES_MAX}
              placeholder={t('booking.form.issuesHint')}
              value={issues()}
              onInput={(e) => setIssues(e.currentTarget.value)}
              data-testid="issues"
            />
          </label>
        </Card>
        <Show when={membership()?.tier.loaner}>
          <Card>
            <Toggle
              label={t('membership.booking.loaner')}
              description={t('membership.booking.loanerHint')}
              checked={loaner()}
              onChange={setLoaner}
            />
          </Card>
        </Show>
        <Card title={t('booking.form.slot')}>
          <Show when={serviceTypeId()} keyed>
            {(id) => (
              <SlotPicker
                serviceTypeId={id}
                selected={chosen()?.slot.startsAt ?? null}
                onSelect={(slot, reason) => setChosen({ slot, reason })}
              />
            )}
          </Show>
        </Card>
        <div class="booking-submit">
          <Show when={chosen()} fallback={<p class="muted">{t('booking.form.chooseSlot')}</p>}>
            {(c) => (
              <p>
                <strong>{t('booking.form.chosen', { when: whenText(c().slot.startsAt) })}</strong>
                <Show when={reasonText(t, c().reason)}>{(r) => <span class="muted"> · {r()}</span>}</Show>
              </p>
            )}
          </Show>
          <Button type="submit" block disabled={!chosen() || busy()} data-testid="confirm-booking">
            {t('booking.form.submit')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
