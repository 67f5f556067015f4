/**
 * The advisor's board: the center's cars in the workshop or waiting for pickup, with the state, the
 * promise and the quiet-time flag (shared/timeline/quiet.ts) computed from the server's clock.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Board, BoardRow, EventKind } from '@shared/timeline/timeline.schema.ts';
import { isQuiet, quietMinutes } from '@shared/timeline/quiet.ts';
import { centers } from '../center/center.table.ts';
import { customers } from '../customers/customer.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { timelineEvents, visitPromises } from './timeline.table.ts';

export async function boardRows(db: DbOrTx, centerId: string, now: Date, visitId?: string): Promise<BoardRow[]> {
  const rows = await db
    .select({
      visit: visits,
      plate: vehicles.plate,
      model: vehicles.model,
      customerName: customers.name,
      customerLocale: customers.locale,
    })
    .from(visits)
    .innerJoin(vehicles, eq(vehicles.id, visits.vehicleId))
    .innerJoin(customers, eq(customers.id, visits.customerId))
    .where(
      and(
        eq(visits.centerId, centerId),
        visitId ? eq(visits.id, visitId) : inArray(visits.status, ['in_progress', 'ready']),
      ),
    )
    .orderBy(asc(visits.checkedInAt));
  const ids = rows.map((r) => r.visit.id);
  if (ids.length === 0) return [];
  const lastEvents = await db
    .selectDistinctOn([timelineEvents.visitId], {
      visitId: timelineEvents.visitId,
      kind: timelineEvents.kind,
      at: timelineEvents.at,
    })
    .from(timelineEvents)
    .where(inArray(timelineEvents.visitId, ids))
    .orderBy(timelineEvents.visitId, desc(timelineEvents.position));
  const promises = await db
    .selectDistinctOn([visitPromises.visitId], { visitId: visitPromises.visitId, readyAt: visitPromises.readyAt })
    .from(visitPromises)
    .where(inArray(visitPromises.visitId, ids))
    .orderBy(visitPromises.visitId, desc(visitPromises.n));
  const eventOf = new Map(lastEvents.map((e) => [e.visitId, e]));
  const promiseOf = new Map(promises.map((p) => [p.visitId, p.readyAt]));
  return rows.map(({ visit, plate, model, customerName, customerLocale }) => {
    const last = eventOf.get(visit.id);
    const promised = promiseOf.get(visit.id) ?? null;
    const seen = last?.at ?? visit.checkedInAt;
    return {
      visitId: visit.id,
      vehicleId: visit.vehicleId,
      plate,
      model,
      customerName,
      customerLocale: customerLocale === 'en' ? 'en' : 'zh-CN',
      title: visit.title,
      status: visit.status,
      checkedInAt: visit.checkedInAt.toISOString(),
      promisedReadyAt: promised?.toISOString() ?? null,
      lastEventKind: (last?.kind as EventKind | undefined) ?? null,
      lastEventAt: last?.at.toISOString() ?? null,
      quiet: isQuiet(visit.status, seen, now),
      quietMinutes: quietMinutes(seen, now),
      overdue: visit.status === 'in_progress' && promised !== null && now > promised,
    };
  });
}

export async function centerZone(db: DbOrTx, centerId: string): Promise<string> {
  const [row] = await db.select({ timeZone: centers.timeZone }).from(centers).where(eq(centers.id, centerId));
  return row?.timeZone ?? 'Asia/Shanghai';
}

export async function board(db: DbOrTx, centerId: string, now: Date): Promise<Board> {
  return { timeZone: await centerZone(db, centerId), rows: await boardRows(db, centerId, now) };
}
