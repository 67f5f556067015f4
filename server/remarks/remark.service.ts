/**
 * Remarks carried forward: every source (the booking's "issues you noticed", the counter at check-in,
 * a finding left open at delivery, a deferred quote line) lands here, in the caller's transaction, and
 * is published to the customer's mirror (scope: the vehicle) with the change. Staff answer a remark on
 * an open visit of its vehicle; the answer is kept per visit.
 */
import { and, asc, eq, ne } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import type { AnswerRemark, Remark, RemarkSource } from '@shared/remarks/remark.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import type { DbOrTx } from '../db/client.ts';
import { customers } from '../customers/customer.table.ts';
import { findings } from '../health-record/finding.table.ts';
import { visits } from '../health-record/visit.table.ts';
import { publish } from '../sync/publish.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { vehicleRemarks } from './remark.table.ts';

type RemarkRow = typeof vehicleRemarks.$inferSelect;

export function remarkView(r: RemarkRow): Remark {
  return {
    id: r.id,
    vehicleId: r.vehicleId,
    source: r.source,
    text: r.text,
    raisedAt: r.raisedAt.toISOString(),
    status: r.status,
    answers: r.answers,
  };
}

const publishRemark = (tx: DbOrTx, r: RemarkRow) =>
  publish(tx, { customerId: r.customerId, entity: ENTITIES.remark, id: r.id, scope: r.vehicleId, data: remarkView(r) });

type NewRemark = {
  centerId: string;
  customerId: string;
  vehicleId: string;
  source: RemarkSource;
  ref: string | null;
  text: string;
  at: Date;
};

/** Records a remark once per source (`ref`); a repeat of the same source is a no-op (null). */
export async function addRemark(tx: DbOrTx, input: NewRemark): Promise<Remark | null> {
  const text = input.text.trim();
  if (!text) return null;
  const { centerId, customerId, vehicleId, source, ref, at } = input;
  const [row] = await tx
    .insert(vehicleRemarks)
    .values({ centerId, customerId, vehicleId, source, ref, text, raisedAt: at })
    .onConflictDoNothing({ target: vehicleRemarks.ref })
    .returning();
  if (!row) return null;
  await publishRemark(tx, row);
  return remarkView(row);
}

/** The booking's "issues you noticed" become one remark (the customer typed them as one note). */
export async function rememberBookingIssues(
  tx: DbOrTx,
  b: { bookingId: string; customerId: string; vehicleId: string; issues: string },
  at: Date,
) {
  if (!b.issues.trim()) return;
  const [owner] = await tx
    .select({ centerId: customers.centerId })
    .from(customers)
    .where(eq(customers.id, b.customerId));
  if (!owner) return;
  await addRemark(tx, {
    centerId: owner.centerId,
    customerId: b.customerId,
    vehicleId: b.vehicleId,
    source: 'booking',
    ref: `booking:${b.bookingId}`,
    text: b.issues,
    at,
  });
}

/** A quote line the customer chose to do later; a line of a finding shares the finding's remark. */
export async function rememberDeferral(
  tx: DbOrTx,
  quote: { id: string; centerId: string; customerId: string; vehicleId: string },
  line: { title: string; key?: string; findingId?: string | null },
  at: Date,
) {
  await addRemark(tx, {
    centerId: quote.centerId,
    customerId: quote.customerId,
    vehicleId: quote.vehicleId,
    source: 'deferral',
    ref: line.findingId ? `finding:${line.findingId}` : `deferral:${quote.id}:${line.key ?? line.title}`,
    text: line.title,
    at,
  });
}

/** At delivery, the visit's findings not fixed stay with the car as remarks for next time. */
export async function rememberLeftForLater(
  tx: DbOrTx,
  visit: { id: string; centerId: string; customerId: string; vehicleId: string },
  at: Date,
) {
  const open = await tx
    .select()
    .from(findings)
    .where(and(eq(findings.visitId, visit.id), ne(findings.status, 'fixed')));
  for (const f of open) {
    const words = [f.component, f.recommendation || f.note].filter(Boolean).join('：');
    const { centerId, customerId, vehicleId } = visit;
    await addRemark(tx, {
      centerId,
      customerId,
      vehicleId,
      source: 'finding',
      ref: `finding:${f.id}`,
      text: words,
      at,
    });
  }
}

/** A vehicle's remarks (oldest first) for the staff of its center; null when not their vehicle. */
export async function remarksOfVehicle(db: DbOrTx, centerId: string, vehicleId: string): Promise<Remark[] | null> {
  const [car] = await db
    .select({ centerId: customers.centerId })
    .from(vehicles)
    .innerJoin(customers, eq(customers.id, vehicles.customerId))
    .where(eq(vehicles.id, vehicleId));
  if (!car || car.centerId !== centerId) return null;
  const rows = await db
    .select()
    .from(vehicleRemarks)
    .where(eq(vehicleRemarks.vehicleId, vehicleId))
    .orderBy(asc(vehicleRemarks.raisedAt), asc(vehicleRemarks.id));
  return rows.map(remarkView);
}

/** What the customer mentions at the counter. */
export async function addCounterRemark(
  tx: DbOrTx,
  centerId: string,
  input: { vehicleId: string; text: string },
  at: Date,
): Promise<Result<Remark>> {
  const [car] = await tx
    .select({ customerId: vehicles.customerId, centerId: customers.centerId })
    .from(vehicles)
    .innerJoin(customers, eq(customers.id, vehicles.customerId))
    .where(eq(vehicles.id, input.vehicleId));
  if (!car || car.centerId !== centerId) return err('not_found', 'No such vehicle in this center.');
  const made = await addRemark(tx, {
    centerId,
    customerId: car.customerId,
    vehicleId: input.vehicleId,
    source: 'check_in',
    ref: null,
    text: input.text,
    at,
  });
  return made ? ok(made) : err('invalid', 'text: must not be empty');
}

/** The advisor's answer on an open visit of the remark's vehicle (the row is locked while answering). */
export async function answerRemark(
  tx: DbOrTx,
  by: { centerId: string; name: string },
  remarkId: string,
  input: AnswerRemark,
  at: Date,
): Promise<Result<Remark>> {
  const [row] = await tx
    .select()
    .from(vehicleRemarks)
    .where(and(eq(vehicleRemarks.id, remarkId), eq(vehicleRemarks.centerId, by.centerId)))
    .for('update');
  if (!row) return err('not_found', 'No such remark in this center.');
  const [visit] = await tx
    .select({ vehicleId: visits.vehicleId, status: visits.status })
    .from(visits)
    .where(and(eq(visits.id, input.visitId), eq(visits.centerId, by.centerId)));
  if (!visit || visit.vehicleId !== row.vehicleId) return err('not_found', 'No such visit of this vehicle.');
  if (visit.status === 'delivered') return err('conflict', 'This visit is delivered: answer on the next visit.');
  const answer = {
    visitId: input.visitId,
    status: input.status,
    note: input.note ?? null,
    by: by.name,
    at: at.toISOString(),
  };
  // One answer per visit: answering again on the same visit corrects it.
  const answers = [...row.answers.filter((a) => a.visitId !== input.visitId), answer];
  const [updated] = await tx
    .update(vehicleRemarks)
    .set({ status: input.status, answers })
    .where(eq(vehicleRemarks.id, row.id))
    .returning();
  await publishRemark(tx, updated!);
  return ok(remarkView(updated!));
}
