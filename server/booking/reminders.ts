/**
 * Booking reminders 24 h and 2 h before (seed 000), as rows in booking_reminder.
 *
 * Exactly once, across restarts and several API processes: processDueReminders() takes due rows
 * with FOR UPDATE SKIP LOCKED (another process skips them instead of waiting), and writes the
 * notification and the row's 'sent' status in the same transaction. A crash before commit leaves
 * the row pending for the next run; after commit it is never picked again. The notification's
 * dedupe key (reminder:<id>) is a second guard. Time comes from deps.clock, so tests move it.
 *
 * A reminder that comes due late is still useful unless it is pointless: a 24 h reminder found
 * within 2 h of the start is skipped (the 2 h one covers it), and nothing fires after the start.
 */
import { and, asc, eq, lte } from 'drizzle-orm';
import { HOUR } from '@shared/time.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import { errorFields, logLine } from '../http/log.ts';
import type { AppDeps } from '../http/context.ts';
import { deliverPendingNotifications } from '../notifications/deliver.ts';
import { notify } from '../notifications/notify.ts';
import { reminder24hMessage, reminder2hMessage } from './booking.messages.ts';
import { bookingReminders, bookings } from './booking.table.ts';
import { messageContext } from './message-context.ts';
import { queueFor } from './queue.service.ts';

export const REMINDER_BEFORE = { '24h': 24 * HOUR, '2h': 2 * HOUR } as const;
export const SCHEDULER_INTERVAL_MS = 10_000;

type BookingLike = { id: string; customerId: string; startsAt: Date };

/** Creates the reminders still ahead of now (a booking made 5 h ahead gets only the 2 h one). */
export async function scheduleReminders(tx: DbOrTx, booking: BookingLike | readonly BookingLike[], now: Date) {
  const rows = [booking]
    .flat()
    .flatMap((b) =>
      (Object.keys(REMINDER_BEFORE) as (keyof typeof REMINDER_BEFORE)[]).map((kind) => ({
        kind,
        dueAt: new Date(b.startsAt.getTime() - REMINDER_BEFORE[kind]),
        bookingId: b.id,
        customerId: b.customerId,
      })),
    )
    .filter((r) => r.dueAt > now);
  if (rows.length) await tx.insert(bookingReminders).values(rows);
}

export async function cancelReminders(tx: DbOrTx, bookingId: string, now: Date) {
  await tx
    .update(bookingReminders)
    .set({ status: 'cancelled', processedAt: now })
    .where(and(eq(bookingReminders.bookingId, bookingId), eq(bookingReminders.status, 'pending')));
}

/** Fires the reminders due at `now`: how many rows it took and how many notifications it sent. */
export async function processDueReminders(
  db: Db,
  now: Date,
  limit = 100,
): Promise<{ processed: number; sent: number }> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(bookingReminders)
      .where(and(eq(bookingReminders.status, 'pending'), lte(bookingReminders.dueAt, now)))
      .orderBy(asc(bookingReminders.dueAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    let sent = 0;
    for (const r of due) {
      const [b] = await tx.select().from(bookings).where(eq(bookings.id, r.bookingId));
      const fires =
        b?.status === 'confirmed' &&
        b.startsAt > now &&
        (r.kind === '2h' || b.startsAt.getTime() - now.getTime() > REMINDER_BEFORE['2h']);
      if (fires) {
        const ctx = await messageContext(tx, b);
        const message =
          r.kind === '24h'
            ? reminder24hMessage(ctx)
            : reminder2hMessage(ctx, await queueFor(tx, b.centerId, b.startsAt, now));
        const n = await notify(tx, {
          customerId: r.customerId,
          kind: r.kind === '24h' ? 'booking_reminder_24h' : 'booking_reminder_2h',
          ...message,
          link: `/booking/${r.bookingId}?from=reminder`,
          at: now,
          dedupeKey: `reminder:${r.id}`,
          // A reminder is worth delivering until the appointment, not later.
          ttlSeconds: (b.startsAt.getTime() - now.getTime()) / 1000,
        });
        if (n) sent++;
      }
      await tx
        .update(bookingReminders)
        .set({ status: fires ? 'sent' : 'skipped', processedAt: now })
        .where(eq(bookingReminders.id, r.id));
    }
    return { processed: due.length, sent };
  });
}

/**
 * The background loop of one process: every interval, fire due reminders and hand new
 * notifications to outside channels. Runs never overlap within a process; other processes are
 * kept apart by SKIP LOCKED. Started by server/server.ts, stopped on close.
 */
export function startBookingJobs(deps: AppDeps, intervalMs = SCHEDULER_INTERVAL_MS) {
  let running: Promise<void> | null = null;
  let stopped = false;
  let again = false;
  const run = (): Promise<void> => {
    if (stopped) return running ?? Promise.resolve();
    if (running) {
      // A notice queued during this pass is sent by one more pass right after, not 10 s later.
      again = true;
      return running;
    }
    running = (async () => {
      try {
        while ((await processDueReminders(deps.database.db, deps.clock.now())).processed > 0 && !stopped) {
          // more may be due than one batch
        }
        while ((await deliverPendingNotifications(deps)) > 0 && !stopped) {
          // more may be due than one batch
        }
      } catch (e) {
        deps.log(logLine('booking_jobs_failed', errorFields(e)));
      } finally {
        running = null;
      }
      if (again && !stopped) {
        again = false;
        await run();
      }
    })();
    return running;
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return {
    /** Runs one pass now (tests, and right after start). */
    runNow: run,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
