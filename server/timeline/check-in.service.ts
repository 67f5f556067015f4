/**
 * Check-in: a car arrives and its visit opens (split from timeline.service.ts, whose other actions all
 * act on a visit that is already open).
 */
import { eq } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import { promisedReadyAt } from '@shared/timeline/promise.ts';
import type { CheckIn, TimelineEvent } from '@shared/timeline/timeline.schema.ts';
import { markArrived } from '../booking/booking-change.service.ts';
import type { DbOrTx } from '../db/client.ts';
import { publishVisit } from '../health-record/health-record.publish.ts';
import { visits } from '../health-record/visit.table.ts';
import { findCenterCustomer } from '../staff/staff.service.ts';
import { updateMileage } from '../vehicles/vehicle.service.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { publishProgress, type VisitRow } from './timeline.publish.ts';
import { addPromise, appendEvent, openVisitOf, type Poster } from './timeline.service.ts';

/**
 * Checks a car in: opens its visit, posts "checked in" and, when the technician has estimated the work
 * already, the first promise. The vehicle's row lock makes "one open visit per car" hold under races.
 */
export async function checkIn(
  tx: DbOrTx,
  by: Poster,
  input: CheckIn,
  now: Date,
): Promise<Result<{ visit: VisitRow; event: TimelineEvent }>> {
  const [car] = await tx.select().from(vehicles).where(eq(vehicles.id, input.vehicleId)).for('update');
  const owner = car ? await findCenterCustomer(tx, by.centerId, car.customerId) : null;
  if (!car || !owner) return err('not_found', 'No such vehicle in this center.');
  const open = await openVisitOf(tx, car.id);
  if (open) return err('conflict', 'This car is already in the workshop.', { visitId: open.id });
  const [visit] = await tx
    .insert(visits)
    .values({
      centerId: by.centerId,
      customerId: car.customerId,
      vehicleId: car.id,
      status: 'in_progress',
      serviceCode: input.serviceCode,
      title: input.title,
      mileageKm: input.mileageKm,
      advisorId: by.role === 'advisor' ? by.staffId : null,
      technicianId: by.role === 'technician' ? by.staffId : null,
      checkedInAt: now,
    })
    .returning();
  const event = await appendEvent(tx, visit!, by, { kind: 'checked_in', note: input.note, at: now });
  if (input.estimateMinutes) {
    const readyAt = promisedReadyAt(now, input.estimateMinutes);
    await addPromise(tx, visit!, by, { reason: 'estimate', estimateMinutes: input.estimateMinutes, readyAt }, now);
  }
  if (input.mileageKm > car.mileageKm) await updateMileage(tx, car.id, input.mileageKm);
  await markArrived(tx, by.centerId, car.id, now);
  await publishVisit(tx, visit!.id);
  await publishProgress(tx, visit!);
  return ok({ visit: visit!, event });
}
