/**
 * Staff actions on a visit in the workshop. Each runs in the caller's transaction, takes the visit's
 * row lock first (so a visit's events are numbered and its promises changed one at a time, also with
 * several API processes), writes, and publishes what the customer sees in the same transaction.
 * Expected refusals come back as a coded Err; the routes turn them into answers.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { StaffRole } from '@shared/auth/auth.schema.ts';
import { err, ok, type Result } from '@shared/errors.ts';
import type { Compensation, EventKind, TimelineEvent } from '@shared/timeline/timeline.schema.ts';
import { minutesEarly, minutesLater, promisedReadyAt } from '@shared/timeline/promise.ts';
import type { DbOrTx } from '../db/client.ts';
import { grantVouchers } from '../membership/vouchers.service.ts';
import { rememberLeftForLater } from '../remarks/remark.service.ts';
import { withdrawOpenQuotesOfVisit } from '../quotes/quote-close.ts';
import { visits } from '../health-record/visit.table.ts';
import { publishVisit } from '../health-record/health-record.publish.ts';
import { timelineEvents, visitPromises } from './timeline.table.ts';
import { lastPromise, publishEvent, publishProgress, type VisitRow } from './timeline.publish.ts';
import { announce } from './timeline.notify.ts';

export type Poster = { staffId: string; name: string; role: StaffRole; centerId: string };

/** A visit of the staff member's own center, locked for the rest of the transaction; else null (404). */
export async function lockCenterVisit(tx: DbOrTx, centerId: string, visitId: string): Promise<VisitRow | null> {
  const [row] = await tx
    .select()
    .from(visits)
    .where(and(eq(visits.id, visitId), eq(visits.centerId, centerId)))
    .for('update');
  return row ?? null;
}

/** Open visits (in the workshop or waiting for pickup) of one vehicle. */
export async function openVisitOf(db: DbOrTx, vehicleId: string): Promise<VisitRow | null> {
  const [row] = await db
    .select()
    .from(visits)
    .where(and(eq(visits.vehicleId, vehicleId), inArray(visits.status, ['in_progress', 'ready'])))
    .limit(1);
  return row ?? null;
}

type EventInput = {
  kind: EventKind;
  note: string | null;
  noteEn?: string | null;
  details?: Record<string, unknown> | null;
  at: Date;
};

/** Appends an event (the next position of the visit) and publishes it; the caller holds the lock. */
export async function appendEvent(tx: DbOrTx, visit: VisitRow, by: Poster, input: EventInput): Promise<TimelineEvent> {
  const [{ next }] = (await tx
    .select({ next: sql<number>`coalesce(max(${timelineEvents.position}), 0) + 1` })
    .from(timelineEvents)
    .where(eq(timelineEvents.visitId, visit.id))) as [{ next: number }];
  const [row] = await tx
    .insert(timelineEvents)
    .values({
      visitId: visit.id,
      position: Number(next),
      kind: input.kind,
      note: input.note,
      noteEn: input.noteEn ?? null,
      staffId: by.staffId,
      staffName: by.name,
      staffRole: by.role,
      at: input.at,
      details: input.details ?? null,
    })
    .returning();
  return publishEvent(tx, visit, row!);
}

type NewPromise = Omit<typeof visitPromises.$inferInsert, 'id' | 'n' | 'visitId' | 'staffId' | 'setAt'>;
/** Records a promise (the history keeps every one); the caller publishes the progress after. */
export async function addPromise(tx: DbOrTx, visit: VisitRow, by: Poster, promise: NewPromise, now: Date) {
  await tx.insert(visitPromises).values({ ...promise, visitId: visit.id, staffId: by.staffId, setAt: now });
}

const STATUS_AFTER: Partial<Record<EventKind, VisitRow['status']>> = {
  ready_for_pickup: 'ready',
  delivered: 'delivered',
};

/** Which statuses a kind may be posted in: the car is ready only once, delivered only when ready. */
function allowed(kind: EventKind, status: VisitRow['status']): boolean {
  if (status === 'delivered') return false;
  if (kind === 'ready_for_pickup' || kind === 'delay') return status === 'in_progress';
  if (kind === 'delivered') return status === 'ready';
  return true;
}

/** Posts a step; 'ready_for_pickup' and 'delivered' also move the visit's status (and tell the customer). */
export async function postEvent(
  tx: DbOrTx,
  visit: VisitRow,
  by: Poster,
  input: { kind: EventKind; note: string | null; noteEn?: string | null },
  now: Date,
): Promise<Result<TimelineEvent>> {
  if (!allowed(input.kind, visit.status))
    return err('conflict', `A “${input.kind}” event cannot be posted while the visit is ${visit.status}.`);
  const event = await appendEvent(tx, visit, by, { ...input, at: now });
  const status = STATUS_AFTER[input.kind];
  let current = visit;
  if (status) {
    const [updated] = await tx
      .update(visits)
      .set({ status, ...(status === 'delivered' ? { deliveredAt: now } : {}) })
      .where(eq(visits.id, visit.id))
      .returning();
    current = updated!;
    await publishVisit(tx, visit.id);
  }
  await publishProgress(tx, current);
  if (input.kind === 'ready_for_pickup') await announce(tx, current, 'car_ready', now);
  if (input.kind === 'delivered') await withdrawOpenQuotesOfVisit(tx, visit.id, now);
  if (input.kind === 'delivered') await rememberLeftForLater(tx, visit, now); // kept for the next visit
  return ok(event);
}

/** The technician's estimate → the promise (× 1.3, see shared/timeline/promise.ts). A later time is a delay. */
export async function setEstimate(
  tx: DbOrTx,
  visit: VisitRow,
  by: Poster,
  estimateMinutes: number,
  note: string | null,
  now: Date,
) {
  if (visit.status !== 'in_progress') return err('conflict', 'The work on this visit is finished.');
  const readyAt = promisedReadyAt(now, estimateMinutes);
  const current = await lastPromise(tx, visit.id);
  if (current && readyAt > current.readyAt) {
    return err('conflict', 'This is later than the time promised: post a delay, with its reason, instead.', {
      promisedReadyAt: current.readyAt.toISOString(),
    });
  }
  await addPromise(tx, visit, by, { reason: 'estimate', estimateMinutes, readyAt, note }, now);
  return ok(await publishProgress(tx, visit));
}

/** A delay is an event of its own: new time (remaining work × 1.3 from now), reason and compensation. */
export async function postDelay(
  tx: DbOrTx,
  visit: VisitRow,
  by: Poster,
  input: { remainingMinutes: number; reason: string; compensation: Compensation[] },
  now: Date,
): Promise<Result<TimelineEvent>> {
  if (!allowed('delay', visit.status)) return err('conflict', 'Only a car still in the workshop can be delayed.');
  const newReadyAt = promisedReadyAt(now, input.remainingMinutes);
  const current = await lastPromise(tx, visit.id);
  if (current && newReadyAt <= current.readyAt) {
    return err('conflict', 'The new time is not later than the time promised: nothing to apologise for.', {
      promisedReadyAt: current.readyAt.toISOString(),
    });
  }
  const compensation = [...new Set(input.compensation)];
  await addPromise(
    tx,
    visit,
    by,
    { reason: 'delay', estimateMinutes: input.remainingMinutes, readyAt: newReadyAt, note: input.reason, compensation },
    now,
  );
  const delay = {
    previousReadyAt: current?.readyAt.toISOString() ?? null,
    newReadyAt: newReadyAt.toISOString(),
    minutesLater: current ? minutesLater(current.readyAt, newReadyAt) : 0,
    reason: input.reason,
    compensation,
  };
  const event = await appendEvent(tx, visit, by, { kind: 'delay', note: input.reason, details: { delay }, at: now });
  await grantVouchers(tx, visit, compensation, 'delay', event.id, now); // real vouchers in the wallet
  await publishProgress(tx, visit);
  await announce(tx, visit, 'delay', now, delay.newReadyAt);
  return ok(event);
}

/** Finished before the promise: says how much earlier, with seed 003's thank-you (a free wash). */
export async function postEarlyFinish(
  tx: DbOrTx,
  visit: VisitRow,
  by: Poster,
  input: { note: string | null; gift: Compensation[] },
  now: Date,
): Promise<Result<TimelineEvent>> {
  if (visit.status === 'delivered') return err('conflict', 'This visit is already delivered.');
  const current = await lastPromise(tx, visit.id);
  if (!current || current.reason === 'early_finish')
    return err('conflict', 'There is no promised time to finish before.');
  const early = minutesEarly(current.readyAt, now);
  if (early < 1) return err('conflict', 'The promised time has passed: this is not an early finish.');
  const gift = [...new Set(input.gift)];
  await addPromise(tx, visit, by, { reason: 'early_finish', readyAt: now, note: input.note, compensation: gift }, now);
  const earlyFinish = {
    promisedReadyAt: current.readyAt.toISOString(),
    finishedAt: now.toISOString(),
    minutesEarly: early,
    gift,
  };
  const details = { earlyFinish };
  const event = await appendEvent(tx, visit, by, { kind: 'early_finish', note: input.note, details, at: now });
  await grantVouchers(tx, visit, gift, 'early_finish', event.id, now);
  await publishProgress(tx, visit);
  return ok(event);
}
