/**
 * The customer's `booking` view row is built in one place so that every change (create, move,
 * cancel, bulk load) publishes the same shape the device mirrors, in the writer's transaction.
 */
import { eq } from 'drizzle-orm';
import type { Booking } from '@shared/booking/booking.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { customers } from '../customers/customer.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { staff } from '../staff/staff.table.ts';
import { publish } from '../sync/publish.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { checklistFor } from './booking.messages.ts';
import type { bookings } from './booking.table.ts';
import { getCenter, getServiceType } from './capacity.service.ts';

export type BookingRow = typeof bookings.$inferSelect;

export async function bookingView(db: DbOrTx, row: BookingRow): Promise<Booking> {
  const center = (await getCenter(db, row.centerId))!;
  const type = (await getServiceType(db, row.centerId, row.serviceTypeId))!;
  const [vehicle] = await db
    .select({ plate: vehicles.plate, model: vehicles.model })
    .from(vehicles)
    .where(eq(vehicles.id, row.vehicleId));
  const [bookedBy] = row.bookedById
    ? await db
        .select({ customerId: customers.id, name: customers.name })
        .from(customers)
        .where(eq(customers.id, row.bookedById))
    : [];
  const [advisor] = row.advisorId
    ? await db.select({ name: staff.name }).from(staff).where(eq(staff.id, row.advisorId))
    : [];
  return {
    id: row.id,
    vehicleId: row.vehicleId,
    vehicle: vehicle ?? { plate: '', model: '' },
    serviceTypeId: row.serviceTypeId,
    serviceCode: type.code,
    serviceName: { zh: type.nameZh, en: type.nameEn },
    durationMinutes: type.durationMinutes,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    status: row.status,
    bay: row.bay,
    issues: row.issues,
    loaner: row.loaner,
    advisorName: advisor?.name ?? null,
    center: {
      name: center.name,
      nameEn: center.nameEn,
      address: center.address,
      addressEn: center.addressEn,
      phone: center.phone,
      timeZone: center.timeZone,
    },
    checklist: checklistFor(type.code, row.issues),
    reason: row.reason ?? null,
    proposalId: row.proposalId,
    createdAt: row.createdAt.toISOString(),
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    bookedBy: bookedBy ?? null,
  };
}

export async function publishBooking(tx: DbOrTx, row: BookingRow): Promise<Booking> {
  const view = await bookingView(tx, row);
  await publish(tx, {
    customerId: row.customerId,
    entity: ENTITIES.booking,
    id: row.id,
    scope: row.vehicleId,
    data: view,
  });
  return view;
}
