import { useParams, useSearchParams } from '@solidjs/router';
import { createMemo, createSignal, Match, Show, Switch } from 'solid-js';
import type { Slot } from '@shared/booking/slot.schema.ts';
import { useCenter } from '../app/center.ts';
import { pick, useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { Card } from '../ui/card.tsx';
import { Icon } from '../ui/icon.tsx';
import { Page } from '../ui/page.tsx';
import { Sheet } from '../ui/sheet.tsx';
import { StatusPill } from '../ui/status-pill.tsx';
import { durationText, reasonText, whenText } from './booking-words.ts';
import {
  cancelBooking,
  liveBooking,
  liveBookingRefusals,
  liveProposals,
  liveVehicles,
  rescheduleBooking,
} from './booking.store.ts';
import { ChecklistCard } from './checklist-card.tsx';
import { SlotPicker } from './slot-picker.tsx';
import { SlotTakenCard } from './slot-taken-card.tsx';
import './booking.css';

/**
 * "Booking confirmed" (UI.md moment 1): the confirmation in one sentence, then date, time, address,
 * advisor, the prep checklist and "add to calendar"; reschedule and cancel at the bottom (also the
 * screen a reminder opens). While the booking waits in the outbox it says so; if the server
 * refused it, the nearest free times are offered here.
 */
export default function BookingDetailScreen() {
  const t = useT();
  const params = useParams();
  const [query] = useSearchParams();
  const center = useCenter();
  const booking = liveBooking(() => params.id);
  const vehicles = liveVehicles();
  const proposals = liveProposals();
  const refusals = liveBookingRefusals();
  const refusal = createMemo(() =>
    (refusals() ?? []).find((r) => {
      const a = r.args as { id?: string; bookingId?: string };
      return a.id === params.id || a.bookingId === params.id;
    }),
  );
  const [moving, setMoving] = createSignal(query.reschedule === '1');
  const [newTime, setNewTime] = createSignal<Slot | null>(null);
  const [cancelling, setCancelling] = createSignal(false);

  const service = () => center()?.serviceTypes.find((s) => s.id === booking()?.serviceTypeId);
  const serviceName = () => {
    const b = booking();
    if (b?.serviceName) return pick(b.serviceName.zh, b.serviceName.en);
    return service() ? pick(service()!.nameZh, service()!.nameEn) : '';
  };
  const duration = () => booking()?.durationMinutes ?? service()?.durationMinutes;
  const vehicle = () => booking()?.vehicle ?? vehicles()?.find((v) => v.id === booking()?.vehicleId);
  const place = () => {
    const c = booking()?.center ?? center();
    return c ? { name: pick(c.name, c.nameEn), address: pick(c.address, c.addressEn), phone: c.phone } : null;
  };
  const future = () => (booking() ? new Date(booking()!.startsAt).getTime() > Date.now() : false);
  const labels = () => ({
    pending: t('sync.pendingBadge'),
    synced: t('sync.syncedBadge'),
    refused: t('sync.refusedBadge'),
  });

  const title = () => {
    const b = booking();
    if (!b) return t('booking.title');
    if (b.status === 'cancelled') return t('booking.confirmed.cancelledTitle');
    if (b.status === 'completed') return t('booking.confirmed.completedTitle');
    return b._pending ? t('booking.confirmed.pendingTitle') : t('booking.confirmed.title');
  };

  return (
    <Page title={title()} back="/booking" backLabel={t('booking.backToList')}>
      <div class="stack">
        <Show when={refusal()}>{(r) => <SlotTakenCard refusal={r()} proposals={proposals() ?? []} />}</Show>
        <Switch>
          <Match when={booking()}>
            {(b) => (
              <>
                <Show when={query.from === 'reminder' && b().status === 'confirmed'}>
                  <p class="note">{t('booking.fromReminder')}</p>
                </Show>
                <Card
                  class={`confirm confirm-${b()._pending ? 'pending' : b().status}`}
                  data-testid="booking-confirmation"
                >
                  <p class="confirm-icon">
                    <Icon name={b().status === 'cancelled' ? 'cross' : b()._pending ? 'clock' : 'check'} size={36} />
                  </p>
                  <p class="confirm-lead" role="status">
                    <Show
                      when={b()._pending}
                      fallback={t('booking.confirmed.lead', {
                        when: whenText(b().startsAt),
                        center: place()?.name ?? '',
                      })}
                    >
                      {t('booking.confirmed.pendingLead')}
                    </Show>
                  </p>
                  <Show when={reasonText(t, b().reason)}>
                    {(r) => (
                      <p class="rec-reason">
                        <Icon name="star" size={16} /> {r()}
                      </p>
                    )}
                  </Show>
                  <StatusPill status={b()._pending ? 'pending' : 'synced'} labels={labels()} />
                </Card>
                <Card>
                  <dl class="dl facts">
                    <dt>{t('booking.confirmed.when')}</dt>
                    <dd data-testid="booking-when">
                      {whenText(b().startsAt)}
                      <Show when={duration()}>
                        {' '}
                        · {t('booking.form.duration', { d: durationText(t, duration()!) })}
                      </Show>
                    </dd>
                    <dt>{t('booking.confirmed.where')}</dt>
                    <dd>
                      {place()?.name}
                      <br />
                      <span class="muted">{place()?.address}</span>
                      <br />
                      <a href={`tel:${place()?.phone.replace(/\s/g, '')}`}>
                        <Icon name="phone" size={16} /> {place()?.phone}
                      </a>
                    </dd>
                    <Show when={b().advisorName}>
                      <dt>{t('booking.confirmed.advisor')}</dt>
                      <dd>{b().advisorName}</dd>
                    </Show>
                    <Show when={b().bay && b().status === 'confirmed'}>
                      <dt>{t('booking.confirmed.bay')}</dt>
                      <dd>{t('booking.confirmed.bayN', { n: b().bay! })}</dd>
                    </Show>
                    <dt>{t('booking.confirmed.service')}</dt>
                    <dd>{serviceName()}</dd>
                    <dt>{t('booking.confirmed.vehicle')}</dt>
                    <dd>
                      {vehicle()?.plate} <span class="muted">{vehicle()?.model}</span>
                    </dd>
                  </dl>
                  <Show when={b().status === 'confirmed'}>
                    <p class="muted">{t('booking.confirmed.arrive')}</p>
                  </Show>
                </Card>
                <Show when={b().checklist && b().status === 'confirmed'}>
                  <ChecklistCard checklist={b().checklist!} />
                </Show>
                <Show when={b().status === 'confirmed' && future()}>
                  <div class="booking-actions">
                    <Show
                      when={!b()._pending}
                      fallback={
                        <p class="muted">
                          <Icon name="calendar" size={16} /> {t('booking.calendarPending')}
                        </p>
                      }
                    >
                      <a
                        class="btn btn-secondary btn-block"
                        href={`/api/bookings/${b().id}/ics`}
                        download="booking.ics"
                        data-testid="add-to-calendar"
                      >
                        <Icon name="calendar" /> {t('booking.calendar')}
                      </a>
                    </Show>
                    <Button variant="secondary" block onClick={() => setMoving(true)} data-testid="reschedule">
                      {t('booking.reschedule')}
                    </Button>
                    <Button variant="ghost" block onClick={() => setCancelling(true)} data-testid="cancel-booking">
                      {t('booking.cancel')}
                    </Button>
                  </div>
                </Show>
                <Sheet
                  open={moving()}
                  onOpenChange={setMoving}
                  title={t('booking.rescheduleTitle')}
                  closeLabel={t('booking.close')}
                >
                  <SlotPicker
                    serviceTypeId={b().serviceTypeId}
                    selected={newTime()?.startsAt ?? null}
                    onSelect={(s) => setNewTime(s)}
                  />
                  <Button
                    block
                    disabled={!newTime()}
                    data-testid="confirm-reschedule"
                    onClick={async () => {
                      await rescheduleBooking(b().id, newTime()!.startsAt);
                      setMoving(false);
                      setNewTime(null);
                    }}
                  >
                    {newTime()
                      ? t('booking.rescheduleConfirm', { when: whenText(newTime()!.startsAt) })
                      : t('booking.form.chooseSlot')}
                  </Button>
                </Sheet>
                <Sheet
                  open={cancelling()}
                  onOpenChange={setCancelling}
                  title={t('booking.cancelTitle')}
                  closeLabel={t('booking.close')}
                >
                  <p>{t('booking.cancelLead', { when: whenText(b().startsAt) })}</p>
                  <div class="booking-actions">
                    <Button
                      block
                      data-testid="confirm-cancel"
                      onClick={async () => {
                        await cancelBooking(b().id);
                        setCancelling(false);
                      }}
                    >
                      {t('booking.cancelYes')}
                    </Button>
                    <Button variant="ghost" block onClick={() => setCancelling(false)}>
                      {t('booking.keep')}
                    </Button>
                  </div>
                </Sheet>
              </>
            )}
          </Match>
          <Match when={booking.ready() && !refusal()}>
            <p class="muted">{t('booking.notFound')}</p>
          </Match>
        </Switch>
      </div>
    </Page>
  );
}
