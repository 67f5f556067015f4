/**
 * The delivery summary's own part (shared/timeline/delivery.schema.ts): the verification checklist,
 * the proposed next visit and the advisor's closing words. Staff build it; the customer confirms each
 * check through the outbox ('delivery.confirmCheck'), recorded once with the server's time. Every
 * change re-publishes the 'delivery' row in the same transaction.
 */
import { and, asc, eq, isNull, notInArray } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import type { BuildDelivery, CheckKey, Delivery } from '@shared/timeline/delivery.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import type { DbOrTx } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { staff } from '../staff/staff.table.ts';
import { publish } from '../sync/publish.ts';
import type { Poster } from './timeline.service.ts';
import type { VisitRow } from './timeline.publish.ts';
import { deliveryChecks, deliverySummaries } from './timeline.table.ts';

export async function deliveryView(db: DbOrTx, visit: VisitRow): Promise<Delivery | null> {
  const [summary] = await db
    .select({ s: deliverySummaries, advisorName: staff.name })
    .from(deliverySummaries)
    .innerJoin(staff, eq(staff.id, deliverySummaries.builtBy))
    .where(eq(deliverySummaries.visitId, visit.id));
  if (!summary) return null;
  const checks = await db
    .select()
    .from(deliveryChecks)
    .where(eq(deliveryChecks.visitId, visit.id))
    .orderBy(asc(deliveryChecks.position));
  const s = summary.s;
  return {
    visitId: visit.id,
    vehicleId: visit.vehicleId,
    checks: checks.map((c) => ({
      key: c.key as CheckKey,
      note: c.note,
      confirmedAt: c.confirmedAt?.toISOString() ?? null,
    })),
    nextVisit:
      s.nextServiceCode && s.nextDueDate
        ? { serviceCode: s.nextServiceCode, dueDate: s.nextDueDate, note: s.nextNote }
        : null,
    note: s.note,
    noteEn: s.noteEn,
    advisorName: summary.advisorName,
    builtAt: s.builtAt.toISOString(),
  };
}

async function publishDelivery(tx: DbOrTx, visit: VisitRow): Promise<Delivery> {
  const view = (await deliveryView(tx, visit))!;
  await publish(tx, {
    customerId: visit.customerId,
    entity: ENTITIES.delivery,
    id: visit.id,
    scope: visit.vehicleId,
    data: view,
  });
  return view;
}

/**
 * Builds (or rebuilds) the summary. A check the customer already confirmed keeps its confirmation
 * unless staff drop it; once the car is delivered the summary is part of the record and stays as is.
 */
export async function buildDelivery(
  tx: DbOrTx,
  visit: VisitRow,
  by: Poster,
  input: BuildDelivery,
  now: Date,
): Promise<Result<Delivery>> {
  if (visit.status === 'delivered')
    return err('conflict', 'The car is delivered: its summary is part of the record now.');
  const fields = {
    note: input.note,
    noteEn: input.noteEn,
    nextServiceCode: input.nextVisit?.serviceCode ?? null,
    nextDueDate: input.nextVisit?.dueDate ?? null,
    nextNote: input.nextVisit?.note ?? null,
    builtBy: by.staffId,
    builtAt: now,
  };
  await tx
    .insert(deliverySummaries)
    .values({ visitId: visit.id, ...fields })
    .onConflictDoUpdate({ target: deliverySummaries.visitId, set: fields });
  const keys = input.checks.map((c) => c.key);
  await tx
    .delete(deliveryChecks)
    .where(and(eq(deliveryChecks.visitId, visit.id), notInArray(deliveryChecks.key, keys)));
  for (const [position, check] of input.checks.entries()) {
    await tx
      .insert(deliveryChecks)
      .values({ visitId: visit.id, key: check.key, note: check.note, position })
      .onConflictDoUpdate({
        target: [deliveryChecks.visitId, deliveryChecks.key],
        set: { note: check.note, position },
      });
  }
  return ok(await publishDelivery(tx, visit));
}

/**
 * The customer confirms one check. Only their own visit (anyone else's is not found), only once the
 * car is ready; a second confirmation keeps the first time (a retried or double tap changes nothing).
 */
export async function confirmCheck(
  tx: DbOrTx,
  customerId: string,
  args: { visitId: string; key: CheckKey },
  now: Date,
  clientId: string,
): Promise<Result<Delivery>> {
  const [visit] = await tx
    .select()
    .from(visits)
    .where(and(eq(visits.id, args.visitId), eq(visits.customerId, customerId)))
    .for('update');
  if (!visit) return err('not_found', 'No such visit.');
  if (visit.status === 'in_progress')
    return err('conflict', 'The car is not ready yet: checks are confirmed at delivery.');
  const [check] = await tx
    .select()
    .from(deliveryChecks)
    .where(and(eq(deliveryChecks.visitId, visit.id), eq(deliveryChecks.key, args.key)));
  if (!check) return err('not_found', 'This check is not on the delivery summary.');
  await tx
    .update(deliveryChecks)
    .set({ confirmedAt: now, confirmedBy: clientId })
    .where(
      and(eq(deliveryChecks.visitId, visit.id), eq(deliveryChecks.key, args.key), isNull(deliveryChecks.confirmedAt)),
    );
  return ok(await publishDelivery(tx, visit));
}
