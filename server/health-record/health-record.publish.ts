/**
 * Publishing the health record to the customer's device. Call these IN THE SAME TRANSACTION as any
 * change to a visit (its lines, payment, status, photos), a finding or a reading, from any feature:
 *
 *   await db.transaction(async (tx) => {
 *     await tx.update(visits).set({ status: 'ready' }).where(eq(visits.id, id));
 *     await publishVisit(tx, id);          // the customer's mirror gets the new VisitView
 *   });
 *
 * Each returns the view it published (or null when the row does not exist). Rows are scoped by the
 * vehicle id, so the device lists one car's visits with liveRecords('visit', () => vehicleId).
 */
import { eq } from 'drizzle-orm';
import type { FindingView, ReadingView } from '@shared/health-record/record-view.schema.ts';
import type { VisitView } from '@shared/health-record/visit-view.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import type { DbOrTx } from '../db/client.ts';
import { publishBill } from '../billing/bill.publish.ts';
import { publish } from '../sync/publish.ts';
import { findings, readings } from './finding.table.ts';
import { findingViews, readingView, visitViews } from './health-record.views.ts';
import { visits } from './visit.table.ts';

export async function publishVisit(tx: DbOrTx, visitId: string): Promise<VisitView | null> {
  const [row] = await tx.select().from(visits).where(eq(visits.id, visitId));
  if (!row) return null;
  const [view] = await visitViews(tx, [row]);
  await publish(tx, {
    customerId: row.customerId,
    entity: ENTITIES.visit,
    id: row.id,
    scope: row.vehicleId,
    data: view!,
  });
  // The final bill follows every change to the visit's lines, payment and status.
  await publishBill(tx, row.id);
  return view!;
}

export async function publishFinding(tx: DbOrTx, findingId: string): Promise<FindingView | null> {
  const [row] = await tx
    .select({ finding: findings, customerId: visits.customerId })
    .from(findings)
    .innerJoin(visits, eq(visits.id, findings.visitId))
    .where(eq(findings.id, findingId));
  if (!row) return null;
  const [view] = await findingViews(tx, [row.finding]);
  await publish(tx, {
    customerId: row.customerId,
    entity: ENTITIES.finding,
    id: view!.id,
    scope: view!.vehicleId,
    data: view!,
  });
  return view!;
}

/** `reading` is the row itself (as just inserted) or its id. */
export async function publishReading(
  tx: DbOrTx,
  reading: string | typeof readings.$inferSelect,
  customerId: string,
): Promise<ReadingView | null> {
  const [row] =
    typeof reading === 'string' ? await tx.select().from(readings).where(eq(readings.id, reading)) : [reading];
  if (!row) return null;
  const view = readingView(row);
  await publish(tx, { customerId, entity: ENTITIES.reading, id: view.id, scope: view.vehicleId, data: view });
  return view;
}
