/**
 * Moving and cancelling a confirmed booking, only by its owner and only before it begins; each
 * redoes the reminders and tells the customer, in the caller's (push) transaction.
 */
import { and, eq } from 'drizzle-orm';
import type { Booking } from '@shared/booking/booking.schema.ts';
import { err, ok, type Result } from '@shared/errors.ts';
import { zonedDate } from '@shared/time.ts';
import type { DbOrTx } from '../db/client.ts';
import { notify } from '../notifications/notify.ts';
import { customerHorizonDays } from '../membership/booking-horizon.ts';
import { takeBay } from './bay-placement.ts';
import { checkBookingCaps } from './booking-caps.ts';
import { cancelledMessage, rescheduledMessage } from './booking.messages.ts';
import { bookings } from './booking.table.ts';
import { type BookingRow, bookingView, publishBooking } from './booking.view.ts';
import { getCenter, getServiceType } from './capacity.service.ts';
import { messageContext } from './message-context.ts';
import { cancelReminders, scheduleReminders } from './reminders.ts';

async function ownedBooking(tx: DbOrTx, customerId: string, id: string) {
  const [row] = await tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.id, id), eq(bookings.customerId, customerId)))
    .for('update');
  return row ?? null;
}

export async function rescheduleBooking(
  tx: DbOrTx,
  now: Date,
  customerId: string,
  id: string,
  startsAt: Date,
): Promise<Result<Booking>> {
  const row = await ownedBooking(tx, customerId, id);
  if (!row) return err('not_found', 'No such booking.');
  if (row.status !== 'confirmed') return err('gone', 'This booking is no longer open.');
  if (row.startsAt <= now) return err('gone', 'This booking has already begun.');
  if (row.startsAt.getTime() === startsAt.getTime()) return ok(await bookingView(tx, row));
  const center = (await getCenter(tx, row.centerId))!;
  const type = (await getServiceType(tx, row.centerId, row.serviceTypeId))!;
  const endsAt = new Date(startsAt.getTime() + type.durationMinutes * 60_000);
  const caps = await checkBookingCaps(tx, now, { ...row, startsAt, endsAt, excludeId: row.id, counted: false });
  if (!caps.ok) return caps;
  const horizon = await customerHorizonDays(tx, customerId, now);
  const placed = await takeBay(tx, center, type, startsAt, now, row.id, horizon);
  if (!placed.ok) return placed;
  // The recommendation's reason described the old time, not the new one: drop it (item 5).
  const [moved] = await tx
    .update(bookings)
    .set({ ...placed.value, reason: null })
    .where(eq(bookings.id, row.id))
    .returning();
  await cancelReminders(tx, row.id, now);
  await scheduleReminders(tx, moved!, now);
  const view = await publishBooking(tx, moved!);
  await notify(tx, {
    customerId,
    kind: 'booking_rescheduled',
    ...rescheduledMessage(await messageContext(tx, moved!)),
    link: `/booking/${row.id}`,
    at: now,
    dedupeKey: `booking:${row.id}:moved:${startsAt.toISOString()}`,
  });
  return ok(view);
}

export async function cancelBooking(tx: DbOrTx, now: Date, customerId: string, id: string): Promise<Result<Booking>> {
  const row = await ownedBooking(tx, customerId, id);
  if (!row) return err('not_found', 'No such booking.');
  if (row.status === 'cancelled') return ok(await bookingView(tx, row));
  if (row.status !== 'confirmed' || row.startsAt <= now) return err('gone', 'This booking can no longer be cancelled.');
  const [cancelled] = await tx
    .update(bookings)
    .set({ status: 'cancelled', cancelledAt: now })
    .where(eq(bookings.id, id))
    .returning();
  await cancelReminders(tx, id, now);
  const view = await publishBooking(tx, cancelled!);
  await notify(tx, {
    customerId,
    kind: 'booking_cancelled',
    ...cancelledMessage(await messageContext(tx, cancelled!)),
    link: `/booking/${id}`,
    at: now,
    dedupeKey: `booking:${id}:cancelled`,
  });
  return ok(view);
}

/**
 * The car was checked in (item 17): the customer's confirmed booking of this vehicle for the center's
 * today becomes arrived, and its view is published so the device shows 已到店. Runs in the
 * check-in's transaction.
 */
export async function markArrived(
  tx: DbOrTx,
  centerId: string,
  vehicleId: string,
  now: Date,
): Promise<BookingRow | null> {
  const center = await getCenter(tx, centerId);
  if (!center) return null;
  const [row] = await tx
    .update(bookings)
    .set({ status: 'arrived' })
    .where(
      and(
        eq(bookings.centerId, centerId),
        eq(bookings.vehicleId, vehicleId),
        eq(bookings.date, zonedDate(now, center.timeZone)),
        eq(bookings.status, 'confirmed'),
      ),
    )
    .returning();
  if (row) await publishBooking(tx, row);
  return row ?? null;
}
