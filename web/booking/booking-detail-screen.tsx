import { useLocation, useParams, useSearchParams } from '@solidjs/router';
import { createMemo, createSignal, Match, Show, Switch } from 'solid-js';
import { useCenter } from '../app/center.ts';
import { mapUrl } from '../app/center-contact.tsx';
import { PushOffer } from '../pwa/push-offer.tsx';
import { pick, useT } from '../i18n/i18n.ts';
import { modelShown } from '../i18n/workshop-words.ts';
import { API_BASE, client } from '../sync/client.ts';
import { Button } from '../ui/button.tsx';
import { Card } from '../ui/card.tsx';
import { Icon } from '../ui/icon.tsx';
import { Page } from '../ui/page.tsx';
import { StatusPill } from '../ui/status-pill.tsx';
import { durationText, reasonText, whenText } from './booking-words.ts';
import { CancelSheet, RescheduleSheet } from './booking-change-sheets.tsx';
import { liveBooking, liveBookingRefusals, liveProposals, liveVehicles } from './booking.store.ts';
import { ChecklistCard } from './checklist-card.tsx';
import { QueueCard } from './queue-card.tsx';
import { SlotTakenCard } from './slot-taken-card.tsx';
import './booking.css';

/**
 * "Booking confirmed" (docs/ui.md moment 1): the confirmation in one sentence, then date, time, address,
 * advisor, the prep checklist and "add to calendar"; reschedule and cancel at the bottom (also the
 * screen a reminder opens). While the booking waits in the outbox it says so; if the server
 * refused it, the nearest free times are offered here.
 */
export default function BookingDetailScreen() {
  const t = useT();
  const params = useParams();
  const [query] = useSearchParams();
  // Right after booking (router state, not the URL): the moment to offer reminders by push.
  const justBooked = (useLocation().state as { justBooked?: boolean } | null)?.justBooked === true;
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
  /** Moved from this screen: the title says so (the server keeps no "moved" mark). */
  const [rescheduled, setRescheduled] = createSignal(false);
  const [cancelling, setCancelling] = createSignal(query.cancel === '1');

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
    if (b.status === 'arrived') return t('booking.confirmed.arrivedTitle');
    if (b._pending && !rescheduled()) return t('booking.confirmed.pendingTitle');
    // 预约成功！ only right after booking; later the title names the booking's real state (item 5).
    if (rescheduled()) return t('booking.confirmed.rescheduledTitle');
    return justBooked ? t('booking.confirmed.title') : t('booking.confirmed.confirmedTitle');
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
                      fallback={t(
                        b().status === 'arrived' ? 'booking.confirmed.arrivedLead' : 'booking.confirmed.lead',
                        {
                          when: whenText(b().startsAt),
                          center: place()?.name ?? '',
                        },
                      )}
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
                <Show when={justBooked && future() && b().status === 'confirmed'}>
                  <PushOffer />
                </Show>
                <Show when={b().status === 'confirmed' && !b()._pending}>
                  <QueueCard bookingId={b().id} startsAt={b().startsAt} />
                </Show>
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
                      <br />
                      <a
                        href={mapUrl(place()!)}
                        target="_blank"
                        rel="noopener noreferrer"
                        data-testid="booking-map"
                        aria-label={t('app.contact.mapLabel', { center: place()!.name, address: place()!.address })}
                      >
                        <Icon name="map" size={16} /> {t('app.contact.map')}
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
                      {vehicle()?.plate} <span class="muted">{modelShown(vehicle()?.model ?? '').text}</span>
                    </dd>
                  </dl>
                  {/* A family member who booked for the owner's shared car (server/family/). */}
                  <Show when={b().bookedBy}>
                    {(by) => (
                      <p class="muted" data-testid="acted-by">
                        {t('booking.confirmed.bookedBy', { name: by().name })}
                      </p>
                    )}
                  </Show>
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
                        href={API_BASE + client.bookings[':id'].ics.$path({ param: { id: b().id } })}
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
                <RescheduleSheet
                  open={moving()}
                  onOpenChange={setMoving}
                  bookingId={b().id}
                  serviceTypeId={b().serviceTypeId}
                  onRescheduled={() => setRescheduled(true)}
                />
                <CancelSheet
                  open={cancelling()}
                  onOpenChange={setCancelling}
                  bookingId={b().id}
                  startsAt={b().startsAt}
                />
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
