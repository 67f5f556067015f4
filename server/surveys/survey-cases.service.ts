/**
 * The staff console's recovery cases: each with the visit, the customer to call, the first score and
 * every re-score, the case's own history and the visit's timeline beside it. Open cases first,
 * soonest deadline first.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { StaffCase } from '@shared/surveys/survey-staff.schema.ts';
import { customers } from '../customers/customer.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { staff } from '../staff/staff.table.ts';
import { timelineEvents } from '../timeline/timeline.table.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { recoveryCases, surveys } from './survey.table.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export async function listCases(db: DbOrTx, centerId: string, status: 'open' | 'all'): Promise<StaffCase[]> {
  const rows = await db
    .select({
      c: recoveryCases,
      s: surveys,
      v: visits,
      plate: vehicles.plate,
      name: customers.name,
      phone: customers.phone,
    })
    .from(recoveryCases)
    .innerJoin(surveys, eq(surveys.visitId, recoveryCases.visitId))
    .innerJoin(visits, eq(visits.id, recoveryCases.visitId))
    .innerJoin(vehicles, eq(vehicles.id, visits.vehicleId))
    .innerJoin(customers, eq(customers.id, recoveryCases.customerId))
    .where(and(eq(recoveryCases.centerId, centerId), status === 'open' ? eq(recoveryCases.status, 'open') : undefined))
    .orderBy(desc(recoveryCases.status), asc(recoveryCases.dueAt))
    .limit(200);
  if (!rows.length) return [];
  const names = new Map(
    (await db.select({ id: staff.id, name: staff.name }).from(staff).where(eq(staff.centerId, centerId))).map((s) => [
      s.id,
      s.name,
    ]),
  );
  const events = await db
    .select()
    .from(timelineEvents)
    .where(
      inArray(
        timelineEvents.visitId,
        rows.map((r) => r.c.visitId),
      ),
    )
    .orderBy(asc(timelineEvents.position));
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return rows.map(({ c, s, v, plate, name: customerName, phone }) => ({
    id: c.id,
    visitId: c.visitId,
    vehicleId: v.vehicleId,
    visitTitle: v.title,
    plate,
    customerName,
    customerPhone: phone,
    advisorName: name(v.advisorId),
    status: c.status,
    openedAt: c.openedAt.toISOString(),
    dueAt: c.dueAt.toISOString(),
    overdueAt: iso(c.overdueAt),
    escalatedToName: name(c.escalatedToId),
    takenByName: name(c.takenById),
    nps: s.nps!,
    comment: s.comment,
    rescores: c.rescores,
    events: c.events,
    timeline: events
      .filter((e) => e.visitId === c.visitId)
      .map((e) => ({ kind: e.kind, at: e.at.toISOString(), note: e.note })),
  }));
}
