/**
 * GET /api/bookings/:id/queue: the center's live queue for a booking that is coming up today (the same
 * figures as the 2-hour reminder, shared/booking/queue.ts), or null outside that window — a queue
 * days ahead says nothing about the day itself.
 */
import * as v from 'valibot';
import { HOUR } from '../time.ts';

/** How far ahead of its start a booking shows the queue, and how long after its start it still does. */
export const QUEUE_SHOWN_BEFORE_MS = 12 * HOUR;
export const QUEUE_SHOWN_AFTER_MS = HOUR / 2;

export const BookingQueueSchema = v.object({
  queue: v.nullable(v.object({ waiting: v.number(), expectedWaitMinutes: v.number(), asOf: v.string() })),
});
export type BookingQueue = v.InferOutput<typeof BookingQueueSchema>;

/** The queue is worth showing for a confirmed booking starting within the window around now. */
export const queueShownFor = (startsAt: string, now: Date) => {
  const ms = Date.parse(startsAt) - now.getTime();
  return ms <= QUEUE_SHOWN_BEFORE_MS && ms >= -QUEUE_SHOWN_AFTER_MS;
};
