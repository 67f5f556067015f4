import { useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, For, Show } from 'solid-js';
import { useCenter } from '../app/center.ts';
import { pick, useT } from '../i18n/i18n.ts';
import { LinkButton } from '../ui/button.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { Page } from '../ui/page.tsx';
import { BookingCard } from './booking-card.tsx';
import { whenText } from './booking-words.ts';
import { liveBookingRefusals, liveBookings, liveProposals, liveVehicles, past, upcoming } from './booking.store.ts';
import { ProposalCard } from './proposal-card.tsx';
import { SlotTakenCard } from './slot-taken-card.tsx';
import { precacheSlots } from './slot-cache.ts';
import './booking.css';

/**
 * The Booking tab: the next visit first (status first), then anything that needs the customer
 * (a refused booking with the nearest free times, a visit the advisor proposed), the upcoming
 * bookings and the way to book; past ones last. All from the device's mirror.
 */
export default function BookingScreen() {
  const t = useT();
  const [params] = useSearchParams();
  const center = useCenter();
  const bookings = liveBookings();
  const proposals = liveProposals();
  const refusals = liveBookingRefusals();
  const vehicles = liveVehicles();
  // Mirror every service's free times now, while online, so booking still offers times offline.
  createEffect(() => {
    const types = center()?.serviceTypes;
    if (types?.length) void precacheSlots(types.map((s) => s.id));
  });
  const next = createMemo(() => upcoming(bookings() ?? [])[0]);
  const open = createMemo(() => (proposals() ?? []).filter((p) => p.status === 'open' || p._pending));
  const lead = () => {
    const n = next();
    if (n)
      return t('booking.lead.next', {
        when: whenText(n.startsAt),
        center: center() ? pick(center()!.name, center()!.nameEn) : '',
      });
    return open().length ? t('booking.lead.proposal') : t('booking.lead.none');
  };
  createEffect(() => {
    const id = params.proposal;
    if (id && open().some((p) => p.id === id))
      document.getElementById(`proposal-${id}`)?.scrollIntoView({ block: 'center' });
  });
  return (
    <Page title={t('booking.title')} lead={bookings.ready() ? lead() : undefined}>
      <div class="stack">
        <For each={refusals() ?? []}>{(r) => <SlotTakenCard refusal={r} proposals={proposals() ?? []} />}</For>
        <Show when={open().length > 0}>
          <h2 class="section-title">{t('booking.proposal.title')}</h2>
          <For each={open()}>{(p) => <ProposalCard proposal={p} highlight={params.proposal === p.id} />}</For>
        </Show>
        <LinkButton href="/booking/new" block data-testid="new-booking">
          {t('booking.new')}
        </LinkButton>
        <Show when={bookings.ready()} fallback={<p class="muted">{t('app.loading')}</p>}>
          <Show
            when={upcoming(bookings() ?? []).length > 0}
            fallback={<EmptyState>{t('booking.lead.none')}</EmptyState>}
          >
            <h2 class="section-title">{t('booking.upcoming')}</h2>
            <For each={upcoming(bookings() ?? [])}>
              {(b) => <BookingCard booking={b} center={center()} vehicles={vehicles() ?? []} />}
            </For>
          </Show>
          <Show when={past(bookings() ?? []).length > 0}>
            <details class="past">
              <summary>{t('booking.past')}</summary>
              <For each={past(bookings() ?? [])}>
                {(b) => <BookingCard booking={b} center={center()} vehicles={vehicles() ?? []} />}
              </For>
            </details>
          </Show>
        </Show>
      </div>
    </Page>
  );
}
