/**
 * The timeline's customer-facing rows, rebuilt from the database and published in the caller's
 * transaction: 'timeline_event' (scope = visit) and 'visit_progress' (scope = vehicle).
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { StaffRole } from '@shared/auth/auth.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import type { EventKind, PromiseEntry, TimelineEvent, VisitProgress } from '@shared/timeline/timeline.schema.ts';
import type { DbOrTx } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { mediaOfOwners, mediaView } from '../media/media.service.ts';
import { staff } from '../staff/staff.table.ts';
import { publish } from '../sync/publish.ts';
import { timelineEvents, visitPromises } from './timeline.table.ts';

export type VisitRow = typeof visits.$inferSelect;
export type EventRow = typeof timelineEvents.$inferSelect;
type PromiseRow = typeof visitPromises.$inferSelect;

export const EVENT_MEDIA_KIND = 'timeline_event';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function eventViews(db: DbOrTx, visit: VisitRow, rows: readonly EventRow[]): Promise<TimelineEvent[]> {
  const media = await mediaOfOwners(
    db,
    EVENT_MEDIA_KIND,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    visitId: r.visitId,
    vehicleId: visit.vehicleId,
    kind: r.kind as EventKind,
    position: r.position,
    at: r.at.toISOString(),
    note: r.note,
    noteEn: r.noteEn,
    staffName: r.staffName,
    staffRole: r.staffRole as StaffRole,
    media: (media.get(r.id) ?? []).map((m) => mediaView(m)),
    delay: (r.details?.delay as TimelineEvent['delay']) ?? null,
    earlyFinish: (r.details?.earlyFinish as TimelineEvent['earlyFinish']) ?? null,
  }));
}

export async function publishEvent(tx: DbOrTx, visit: VisitRow, row: EventRow): Promise<TimelineEvent> {
  const [view] = await eventViews(tx, visit, [row]);
  await publish(tx, {
    customerId: visit.customerId,
    entity: ENTITIES.timelineEvent,
    id: row.id,
    scope: visit.id,
    data: view!,
  });
  return view!;
}

/** Re-publishes one event (after a photo was attached to it); null when there is no such event. */
export async function republishEvent(tx: DbOrTx, eventId: string): Promise<TimelineEvent | null> {
  const [row] = await tx
    .select({ event: timelineEvents, visit: visits })
    .from(timelineEvents)
    .innerJoin(visits, eq(visits.id, timelineEvents.visitId))
    .where(eq(timelineEvents.id, eventId));
  return row ? publishEvent(tx, row.visit, row.event) : null;
}

const promiseEntry = (p: PromiseRow): PromiseEntry => ({
  setAt: p.setAt.toISOString(),
  readyAt: p.readyAt.toISOString(),
  reason: p.reason,
  estimateMinutes: p.estimateMinutes,
  note: p.note,
  compensation: p.compensation,
});

/** Every promise for the visit, oldest first (the serial id breaks ties of equal times). */
export async function promisesOf(db: DbOrTx, visitId: string): Promise<PromiseEntry[]> {
  const rows = await db
    .select()
    .from(visitPromises)
    .where(eq(visitPromises.visitId, visitId))
    .orderBy(asc(visitPromises.n));
  return rows.map(promiseEntry);
}

export async function lastPromise(db: DbOrTx, visitId: string): Promise<PromiseRow | null> {
  const [row] = await db
    .select()
    .from(visitPromises)
    .where(eq(visitPromises.visitId, visitId))
    .orderBy(desc(visitPromises.n))
    .limit(1);
  return row ?? null;
}

export async function lastEventOf(db: DbOrTx, visitId: string): Promise<EventRow | null> {
  const [row] = await db
    .select()
    .from(timelineEvents)
    .where(eq(timelineEvents.visitId, visitId))
    .orderBy(desc(timelineEvents.position))
    .limit(1);
  return row ?? null;
}

/** When the car was reported ready: the latest 'ready_for_pickup' event, if the visit is past it. */
async function readyAtOf(db: DbOrTx, visit: VisitRow): Promise<string | null> {
  if (visit.status === 'in_progress') return null;
  const [row] = await db
    .select({ at: timelineEvents.at })
    .from(timelineEvents)
    .where(and(eq(timelineEvents.visitId, visit.id), eq(timelineEvents.kind, 'ready_for_pickup')))
    .orderBy(desc(timelineEvents.position))
    .limit(1);
  return iso(row?.at ?? null);
}

export async function progressView(db: DbOrTx, visit: VisitRow): Promise<VisitProgress> {
  const history = await promisesOf(db, visit.id);
  const last = await lastEventOf(db, visit.id);
  const [advisor] = visit.advisorId
    ? await db.select({ name: staff.name }).from(staff).where(eq(staff.id, visit.advisorId))
    : [];
  return {
    visitId: visit.id,
    vehicleId: visit.vehicleId,
    title: visit.title,
    status: visit.status,
    checkedInAt: visit.checkedInAt.toISOString(),
    readyAt: await readyAtOf(db, visit),
    deliveredAt: iso(visit.deliveredAt),
    advisorName: advisor?.name ?? null,
    promisedReadyAt: history.at(-1)?.readyAt ?? null,
    promiseHistory: history,
    lastEventKind: (last?.kind as EventKind | undefined) ?? null,
    lastEventAt: iso(last?.at ?? null),
  };
}

export async function publishProgress(tx: DbOrTx, visit: VisitRow): Promise<VisitProgress> {
  const view = await progressView(tx, visit);
  await publish(tx, {
    customerId: visit.customerId,
    entity: ENTITIES.visitProgress,
    id: visit.id,
    scope: visit.vehicleId,
    data: view,
  });
  return view;
}
