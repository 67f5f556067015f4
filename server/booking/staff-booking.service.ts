/**
 * The staff side of capacity: the day's plan per bay, the weekly capacity, published exceptions.
 * Exceptions take the day lock like a booking does, so one published while a customer books is
 * ordered with it; the answer lists the bookings that the exception now conflicts with, for the
 * advisor to call (they are never moved silently).
 */
import { and, asc, eq } from 'drizzle-orm';
import type {
  CapacityException,
  CapacityExceptionInput,
  StaffBooking,
  StaffDay,
  WeeklyCapacity,
} from '@shared/booking/staff-booking.schema.ts';
import { bookingBlocks, dayClock, freeBays } from '@shared/booking/slots.ts';
import { maskPhone } from '@shared/auth/auth.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { centerView } from '../center/center.service.ts';
import { centers, serviceTypes } from '../center/center.table.ts';
import { customers } from '../customers/customer.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { publish } from '../sync/publish.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { bookings, capacityExceptions } from './booking.table.ts';
import { type CenterRow, exceptionView, lockDay, planOf, rangeState } from './capacity.service.ts';

export async function staffDay(db: DbOrTx, center: CenterRow, date: string): Promise<StaffDay> {
  const state = await rangeState(db, center.id, date, date);
  const exceptions = state.exceptions.get(date) ?? [];
  const plan = planOf(center, date, exceptions);
  const rows = await db
    .select({
      b: bookings,
      customerName: customers.name,
      phone: customers.phone,
      plate: vehicles.plate,
      model: vehicles.model,
      st: serviceTypes,
    })
    .from(bookings)
    .innerJoin(customers, eq(customers.id, bookings.customerId))
    .innerJoin(vehicles, eq(vehicles.id, bookings.vehicleId))
    .innerJoin(serviceTypes, eq(serviceTypes.id, bookings.serviceTypeId))
    .where(and(eq(bookings.centerId, center.id), eq(bookings.date, date)))
    .orderBy(asc(bookings.bay), asc(bookings.startsAt));
  return {
    date,
    timeZone: center.timeZone,
    bays: center.bays,
    open: plan.closed ? null : plan.open,
    close: plan.closed ? null : plan.close,
    exceptions,
    bookings: rows.map(
      (r): StaffBooking => ({
        id: r.b.id,
        bay: r.b.bay,
        startsAt: r.b.startsAt.toISOString(),
        endsAt: r.b.endsAt.toISOString(),
        status: r.b.status,
        customerId: r.b.customerId,
        customerName: r.customerName,
        phoneMasked: maskPhone(r.phone),
        plate: r.plate,
        model: r.model,
        serviceName: { zh: r.st.nameZh, en: r.st.nameEn },
        issues: r.b.issues,
      }),
    ),
  };
}

/** Confirmed bookings of the day that no longer fit the day's plan (closed, hours, bay out). */
async function conflicts(tx: DbOrTx, center: CenterRow, date: string): Promise<StaffBooking[]> {
  const day = await staffDay(tx, center, date);
  const plan = planOf(center, date, day.exceptions);
  const clock = dayClock(date, center.timeZone);
  return day.bookings.filter((b) => {
    if (b.status !== 'confirmed') return false;
    const [block] = bookingBlocks(clock, [b]);
    return !freeBays(plan, [], block!.from, block!.to).includes(b.bay);
  });
}

export async function addException(
  tx: DbOrTx,
  center: CenterRow,
  staffId: string | null,
  input: CapacityExceptionInput,
  now: Date,
): Promise<{ exception: CapacityException; conflicts: StaffBooking[] }> {
  await lockDay(tx, center.id, input.date, now);
  const [row] = await tx
    .insert(capacityExceptions)
    .values({
      centerId: center.id,
      date: input.date,
      kind: input.kind,
      bay: input.bay ?? null,
      fromMinute: input.fromMinute ?? null,
      toMinute: input.toMinute ?? null,
      reason: input.reason,
      createdBy: staffId,
      createdAt: now,
    })
    .returning();
  return { exception: exceptionView(row!), conflicts: await conflicts(tx, center, input.date) };
}

export async function removeException(tx: DbOrTx, centerId: string, id: string): Promise<boolean> {
  const removed = await tx
    .delete(capacityExceptions)
    .where(and(eq(capacityExceptions.id, id), eq(capacityExceptions.centerId, centerId)))
    .returning({ id: capacityExceptions.id });
  return removed.length > 0;
}

/** New weekly bays and hours; every customer of the center gets the updated center row. */
export async function updateWeeklyCapacity(tx: DbOrTx, centerId: string, input: WeeklyCapacity) {
  await tx.update(centers).set(input).where(eq(centers.id, centerId));
  return republishCenter(tx, centerId);
}

export async function updateServiceDuration(
  tx: DbOrTx,
  centerId: string,
  serviceTypeId: string,
  durationMinutes: number,
) {
  const updated = await tx
    .update(serviceTypes)
    .set({ durationMinutes })
    .where(and(eq(serviceTypes.id, serviceTypeId), eq(serviceTypes.centerId, centerId)))
    .returning({ id: serviceTypes.id });
  return updated.length ? republishCenter(tx, centerId) : null;
}

async function republishCenter(tx: DbOrTx, centerId: string) {
  const view = (await centerView(tx, centerId))!;
  const all = await tx.select({ id: customers.id }).from(customers).where(eq(customers.centerId, centerId));
  for (const c of all) await publish(tx, { customerId: c.id, entity: ENTITIES.center, id: view.id, data: view });
  return view;
}
