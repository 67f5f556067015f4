import { createResource, createSignal, For, Show } from 'solid-js';
import type { BookingProposal } from '@shared/booking/booking.schema.ts';
import { ProposeVisitSchema } from '@shared/booking/staff-booking.schema.ts';
import type { CustomerCard } from '@shared/staff/staff.schema.ts';
import { pick, useT } from '../../i18n/i18n.ts';
import { CustomerSearchForm } from '../customer-search-form.tsx';
import { FormStatus } from '../form/form-status.tsx';
import { useStaffForm } from '../form/use-staff-form.ts';
import { useCan } from '../staff-role.ts';
import { hhmm, loadCenter, loadSlots, propose, shiftDate, todayIn } from './staff-booking.ts';
import './staff-booking.css';

const MONTHS = [1, 3, 6] as const;

/**
 * Propose a next visit ("brake check in 3 months"): find the customer, pick the car and the
 * service, jump months ahead, pick a free time; the customer gets it with a one-tap booking.
 */
export default function StaffPropose() {
  const t = useT();
  const can = useCan();
  const [center] = createResource(loadCenter);
  const tz = () => center()?.timeZone ?? 'Asia/Shanghai';
  const [found, setFound] = createSignal<CustomerCard[]>([]);
  const [customer, setCustomer] = createSignal<CustomerCard | null>(null);
  const [vehicleId, setVehicleId] = createSignal('');
  const [serviceTypeId, setServiceTypeId] = createSignal('');
  const [from, setFrom] = createSignal(shiftDate(todayIn('Asia/Shanghai'), 91));
  const [startsAt, setStartsAt] = createSignal('');
  const [note, setNote] = createSignal('');
  const [noteEn, setNoteEn] = createSignal('');
  const [made, setMade] = createSignal<BookingProposal | null>(null);
  const action = useStaffForm();
  const [slots] = createResource(
    () => (serviceTypeId() ? { id: serviceTypeId(), from: from() } : null),
    (k) => loadSlots(k.id, k.from, 3),
  );

  const choose = (c: CustomerCard) => {
    setCustomer(c);
    setVehicleId(c.vehicles[0]?.id ?? '');
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const c = customer();
    if (!c) return;
    const input = {
      customerId: c.id,
      vehicleId: vehicleId(),
      serviceTypeId: serviceTypeId(),
      suggestedStartsAt: startsAt(),
      note: note(),
      noteEn: noteEn() || null,
    };
    void action.send(ProposeVisitSchema, input, async (json) => setMade(await propose(json)), {
      vehicleId: t('booking.form.vehicle'),
      serviceTypeId: t('booking.form.service'),
      suggestedStartsAt: t('booking.staff.date'),
      note: t('booking.staff.note'),
      noteEn: t('staff.inEnglish', { field: t('booking.staff.note') }),
    });
  };

  return (
    <section class="sbk">
      <h1>{t('booking.staff.propose')}</h1>
      <CustomerSearchForm
        inputId="sbk-q"
        label={t('booking.staff.search')}
        placeholder={t('booking.staff.searchHint')}
        onResults={setFound}
      />
      <ul class="sbk-found">
        <For each={found()}>
          {(c) => (
            <li>
              <button
                type="button"
                class="btn btn-ghost"
                aria-pressed={customer()?.id === c.id}
                onClick={() => choose(c)}
              >
                {c.name} {c.phoneMasked} · {c.vehicles.map((v) => v.plate).join(' ')}
              </button>
            </li>
          )}
        </For>
      </ul>
      <Show when={can('booking.propose') && customer()}>
        {(c) => (
          <form class="sbk-form" onSubmit={submit}>
            <label class="field">
              <span>{t('booking.form.vehicle')}</span>
              <select class="input" value={vehicleId()} onChange={(e) => setVehicleId(e.currentTarget.value)}>
                <For each={c().vehicles}>{(v) => <option value={v.id}>{`${v.plate} ${v.model}`}</option>}</For>
              </select>
            </label>
            <label class="field">
              <span>{t('booking.form.service')}</span>
              <select
                class="input"
                value={serviceTypeId()}
                onChange={(e) => setServiceTypeId(e.currentTarget.value)}
                data-testid="propose-service"
              >
                <option value="">—</option>
                <For each={center()?.serviceTypes ?? []}>
                  {(s) => <option value={s.id}>{pick(s.nameZh, s.nameEn)}</option>}
                </For>
              </select>
            </label>
            <div class="field">
              <span>{t('booking.staff.inMonths')}</span>
              <div class="row">
                <For each={MONTHS}>
                  {(m) => (
                    <button
                      type="button"
                      class="btn btn-ghost"
                      onClick={() => setFrom(shiftDate(todayIn(tz()), Math.round(m * 30.4)))}
                    >
                      {t('booking.staff.months', { n: m })}
                    </button>
                  )}
                </For>
                <input
                  class="input sbk-date"
                  type="date"
                  value={from()}
                  onChange={(e) => e.currentTarget.value && setFrom(e.currentTarget.value)}
                  aria-label={t('booking.staff.date')}
                />
              </div>
            </div>
            <Show when={slots()}>
              <div class="sbk-slots">
                <For each={slots()}>
                  {(d) => (
                    <div>
                      <strong>{d.date}</strong>
                      <div class="row">
                        <For
                          each={d.slots.filter((s) => s.free > 0)}
                          fallback={<span class="muted">{t('booking.slots.full')}</span>}
                        >
                          {(s) => (
                            <button
                              type="button"
                              class="btn btn-ghost"
                              aria-pressed={startsAt() === s.startsAt}
                              data-testid="propose-slot"
                              onClick={() => setStartsAt(s.startsAt)}
                            >
                              {hhmm(s.startsAt, tz())}
                            </button>
                          )}
                        </For>
                      </div>
                    </div>
                  )}
                </For>
              </div>
            </Show>
            <label class="field sbk-reason">
              <span>{t('booking.staff.note')}</span>
              <input
                class="input"
                maxLength={300}
                placeholder={t('booking.staff.noteHint')}
                value={note()}
                onInput={(e) => setNote(e.currentTarget.value)}
              />
            </label>
            <Show when={customer()?.locale === 'en'}>
              <label class="field sbk-reason">
                <span>{t('staff.inEnglish', { field: t('booking.staff.note') })}</span>
                <input
                  class="input"
                  lang="en"
                  maxLength={300}
                  value={noteEn()}
                  onInput={(e) => setNoteEn(e.currentTarget.value)}
                />
              </label>
              <p class="muted">{t('staff.readsEnglish')}</p>
            </Show>
            <button type="submit" class="btn btn-primary" disabled={action.busy() || !startsAt()}>
              {t('booking.staff.send')}
            </button>
          </form>
        )}
      </Show>
      <FormStatus form={action} />
      <Show when={made()}>
        {(p) => (
          <p class="sbk-done" role="status">
            {t('booking.staff.sent', {
              name: customer()?.name ?? '',
              time: `${p().suggestedStartsAt.slice(0, 10)} ${hhmm(p().suggestedStartsAt, tz())}`,
            })}
          </p>
        )}
      </Show>
    </section>
  );
}
