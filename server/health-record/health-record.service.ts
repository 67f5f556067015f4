/**
 * Staff writes to the health record: visits with itemized lines and payment, findings, readings.
 * Every function runs in the caller's transaction, checks the row belongs to the staff member's
 * center (anything else is "not found"), and publishes the customer's view rows before it returns.
 */
import { and, eq } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import { gradeAllowed, gradeForMeasure } from '@shared/health-record/grading.ts';
import { READING_COMPONENTS } from '@shared/health-record/record-codes.schema.ts';
import type { FindingView, ReadingView } from '@shared/health-record/record-view.schema.ts';
import type {
  RecordFinding,
  RecordReadings,
  RecordVisit,
  UpdateFinding,
  UpdateVisit,
  VisitItemInput,
} from '@shared/health-record/staff-input.schema.ts';
import type { VisitView } from '@shared/health-record/visit-view.schema.ts';
import { customers } from '../customers/customer.table.ts';
import type { DbOrTx } from '../db/client.ts';
import type { MediaOwnerResolver } from '../media/media-owners.ts';
import { syncVisitPoints } from '../membership/visit-points.ts';
import { updateMileage } from '../vehicles/vehicle.service.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { staff } from '../staff/staff.table.ts';
import { findings, readings } from './finding.table.ts';
import { publishFinding, publishReading, publishVisit } from './health-record.publish.ts';
import { visitItems, visits } from './visit.table.ts';

export type StaffActor = { centerId: string; staffId: string };

export async function findCenterVehicle(db: DbOrTx, centerId: string, vehicleId: string) {
  const [row] = await db
    .select({ vehicle: vehicles, customerName: customers.name, customerLocale: customers.locale })
    .from(vehicles)
    .innerJoin(customers, eq(customers.id, vehicles.customerId))
    .where(and(eq(vehicles.id, vehicleId), eq(customers.centerId, centerId)));
  return row ?? null;
}

export async function findCenterVisit(db: DbOrTx, centerId: string, visitId: string) {
  const [row] = await db
    .select()
    .from(visits)
    .where(and(eq(visits.id, visitId), eq(visits.centerId, centerId)));
  return row ?? null;
}

export async function findCenterFinding(db: DbOrTx, centerId: string, findingId: string) {
  const [row] = await db
    .select({ finding: findings, customerId: visits.customerId })
    .from(findings)
    .innerJoin(visits, eq(visits.id, findings.visitId))
    .where(and(eq(findings.id, findingId), eq(visits.centerId, centerId)));
  return row ?? null;
}

async function replaceItems(tx: DbOrTx, visitId: string, items: VisitItemInput[]) {
  await tx.delete(visitItems).where(eq(visitItems.visitId, visitId));
  if (items.length > 0) await tx.insert(visitItems).values(items.map((i, position) => ({ ...i, visitId, position })));
  return items.reduce((a, i) => a + i.partsFen + i.labourFen, 0);
}

export async function recordVisit(
  tx: DbOrTx,
  actor: StaffActor,
  input: RecordVisit,
  now: Date,
): Promise<Result<VisitView>> {
  const car = await findCenterVehicle(tx, actor.centerId, input.vehicleId);
  if (!car) return err('not_found', 'No such vehicle.');
  // Another center's technician is refused exactly like an id that does not exist.
  if (input.technicianId) {
    const [tech] = await tx
      .select({ id: staff.id })
      .from(staff)
      .where(and(eq(staff.id, input.technicianId), eq(staff.centerId, actor.centerId)));
    if (!tech) return err('not_found', 'No such technician.');
  }
  const checkedInAt = input.checkedInAt ? new Date(input.checkedInAt) : now;
  const deliveredAt = input.deliveredAt ? new Date(input.deliveredAt) : input.status === 'delivered' ? now : null;
  const [visit] = await tx
    .insert(visits)
    .values({
      centerId: actor.centerId,
      customerId: car.vehicle.customerId,
      vehicleId: car.vehicle.id,
      status: input.status,
      serviceCode: input.serviceCode,
      title: input.title,
      mileageKm: input.mileageKm,
      advisorId: actor.staffId,
      technicianId: input.technicianId,
      checkedInAt,
      deliveredAt,
      warrantyMonths: input.warrantyMonths,
      note: input.note,
      ...(input.payment
        ? {
            paidFen: input.payment.paidFen,
            paymentMethod: input.payment.method,
            paidAt: new Date(input.payment.paidAt ?? now),
          }
        : {}),
    })
    .returning();
  const totalFen = await replaceItems(tx, visit!.id, input.items);
  await tx.update(visits).set({ totalFen }).where(eq(visits.id, visit!.id));
  if (input.mileageKm > car.vehicle.mileageKm) await updateMileage(tx, car.vehicle.id, input.mileageKm);
  if (input.payment) await syncVisitPoints(tx, visit!.id, now);
  return ok((await publishVisit(tx, visit!.id))!);
}

export async function updateVisit(
  tx: DbOrTx,
  centerId: string,
  visitId: string,
  input: UpdateVisit,
  now: Date,
): Promise<Result<VisitView>> {
  const visit = await findCenterVisit(tx, centerId, visitId);
  if (!visit) return err('not_found', 'No such visit.');
  const set: Partial<typeof visits.$inferInsert> = {};
  if (input.status) set.status = input.status;
  if (input.status === 'delivered' && !visit.deliveredAt && input.deliveredAt === undefined) set.deliveredAt = now;
  if (input.deliveredAt !== undefined) set.deliveredAt = input.deliveredAt ? new Date(input.deliveredAt) : null;
  if (input.warrantyMonths !== undefined) set.warrantyMonths = input.warrantyMonths;
  if (input.note !== undefined) set.note = input.note;
  if (input.payment !== undefined) {
    set.paidFen = input.payment?.paidFen ?? 0;
    set.paymentMethod = input.payment?.method ?? null;
    set.paidAt = input.payment ? new Date(input.payment.paidAt ?? now) : null;
  }
  if (input.items) set.totalFen = await replaceItems(tx, visitId, input.items);
  if (Object.keys(set).length > 0) await tx.update(visits).set(set).where(eq(visits.id, visitId));
  // A payment earns points (once); a refund or a cancelled payment reverses them.
  if (input.payment !== undefined) await syncVisitPoints(tx, visitId, now);
  return ok((await publishVisit(tx, visitId))!);
}

/** A finding to record; its English texts are optional (the demo and older callers give none). */
type FindingInput = Omit<RecordFinding, 'noteEn' | 'recommendationEn'> &
  Partial<Pick<RecordFinding, 'noteEn' | 'recommendationEn'>>;

/** `at` (default: now in the database) dates the finding; the demo uses it for past visits. */
export async function recordFinding(
  tx: DbOrTx,
  actor: StaffActor,
  input: FindingInput,
  at?: Date,
): Promise<Result<FindingView>> {
  const visit = await findCenterVisit(tx, actor.centerId, input.visitId);
  if (!visit) return err('not_found', 'No such visit.');
  if ((input.measureKind === null) !== (input.measureValue === null)) {
    return err('invalid', 'measureValue: a measurement needs both its kind and its value');
  }
  if (!gradeAllowed(input.grade, input.measureKind, input.measureValue)) {
    const rule = gradeForMeasure(input.measureKind!, input.measureValue!);
    return err('invalid', `grade: this measurement calls for at least ${rule}`, { minimum: rule });
  }
  const [row] = await tx
    .insert(findings)
    .values({ ...input, vehicleId: visit.vehicleId, technicianId: actor.staffId, ...(at ? { createdAt: at } : {}) })
    .returning();
  return ok((await publishFinding(tx, row!.id))!);
}

export async function updateFinding(
  tx: DbOrTx,
  centerId: string,
  findingId: string,
  input: UpdateFinding,
): Promise<Result<FindingView>> {
  const found = await findCenterFinding(tx, centerId, findingId);
  if (!found) return err('not_found', 'No such finding.');
  const f = found.finding;
  const set: Partial<typeof findings.$inferInsert> = {};
  if (input.fixedInVisitId) {
    const fixer = await findCenterVisit(tx, centerId, input.fixedInVisitId);
    if (!fixer || fixer.vehicleId !== f.vehicleId) return err('not_found', 'No such visit for this vehicle.');
    set.fixedInVisitId = fixer.id;
    set.status = 'fixed';
  } else if (input.fixedInVisitId === null) set.fixedInVisitId = null;
  if (input.status) set.status = input.status;
  if (input.note !== undefined) set.note = input.note;
  if (input.recommendation !== undefined) set.recommendation = input.recommendation;
  if (input.noteEn !== undefined) set.noteEn = input.noteEn;
  if (input.recommendationEn !== undefined) set.recommendationEn = input.recommendationEn;
  if (input.grade) {
    if (!gradeAllowed(input.grade, f.measureKind as FindingView['measureKind'], f.measureValue)) {
      return err('invalid', 'grade: milder than this measurement allows');
    }
    set.grade = input.grade;
  }
  if (Object.keys(set).length > 0) await tx.update(findings).set(set).where(eq(findings.id, findingId));
  return ok((await publishFinding(tx, findingId))!);
}

export async function recordReadings(
  tx: DbOrTx,
  centerId: string,
  input: RecordReadings,
): Promise<Result<ReadingView[]>> {
  const visit = await findCenterVisit(tx, centerId, input.visitId);
  if (!visit) return err('not_found', 'No such visit.');
  const rows = await tx
    .insert(readings)
    .values(
      input.readings.map((r) => ({
        vehicleId: visit.vehicleId,
        visitId: visit.id,
        component: r.component,
        kind: READING_COMPONENTS[r.component],
        value: r.value,
        mileageKm: visit.mileageKm,
        measuredAt: visit.checkedInAt,
      })),
    )
    .returning();
  const views: ReadingView[] = [];
  for (const r of rows) views.push((await publishReading(tx, r, visit.customerId))!);
  return ok(views);
}

/** Photos on visits (before/after) and findings (evidence): registered in server/app.ts. */
export const healthRecordMediaOwners: Record<string, MediaOwnerResolver> = {
  visit: async (db, ownerId, centerId) => {
    const v = await findCenterVisit(db, centerId, ownerId);
    return v && { customerId: v.customerId, vehicleId: v.vehicleId, republish: (tx) => publishVisit(tx, v.id) };
  },
  finding: async (db, ownerId, centerId) => {
    const f = await findCenterFinding(db, centerId, ownerId);
    return (
      f && {
        customerId: f.customerId,
        vehicleId: f.finding.vehicleId,
        republish: (tx) => publishFinding(tx, f.finding.id),
      }
    );
  },
};
