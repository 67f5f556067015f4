/**
 * The center's live queue on a booking coming up today ("中心当前等待：1 人，预计到店后等待约 20 分钟"),
 * the same figures as the 2-hour reminder. Live, so fetched (never mirrored), again every minute while
 * the screen is open; offline or outside the day it shows nothing rather than a stale number.
 */
import { createResource, onCleanup, Show } from 'solid-js';
import { type BookingQueue, queueShownFor } from '@shared/booking/queue.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { call, client } from '../sync/client.ts';
import { Card } from '../ui/card.tsx';
import { Icon } from '../ui/icon.tsx';

const REFRESH_MS = 60_000;

export function QueueCard(props: { bookingId: string; startsAt: string }) {
  const t = useT();
  const [queue, { refetch }] = createResource(
    () => (queueShownFor(props.startsAt, new Date()) ? props.bookingId : null),
    (id): Promise<BookingQueue['queue']> =>
      navigator.onLine
        ? call(client.bookings[':id'].queue.$get({ param: { id } })).then(
            (r) => r.queue,
            () => null,
          )
        : Promise.resolve(null),
  );
  const timer = setInterval(() => void refetch(), REFRESH_MS);
  onCleanup(() => clearInterval(timer));
  return (
    <Show when={queue.latest}>
      {(q) => (
        <Card>
          <p data-testid="booking-queue" aria-live="polite">
            <Icon name="clock" size={16} /> {t('booking.queue.waiting', { n: q().waiting })}
            {q().expectedWaitMinutes > 0
              ? t('booking.queue.wait', { min: q().expectedWaitMinutes })
              : t('booking.queue.noWait')}
          </p>
        </Card>
      )}
    </Show>
  );
}
