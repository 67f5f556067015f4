/**
 * What one customer may hold: a car is in one bay at a time (a second booking of the same vehicle that
 * overlaps an open one is refused), and a customer holds at most a handful of upcoming bookings, so one
 * account cannot take a day's capacity. Checked on the server for every booking, whether it came from
 * an online tap or an outbox push made offline. The customer's row is locked first, so two devices of
 * one customer booking at the same moment are counted one after the other.
 */
import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import { customers } from '../customers/customer.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { bookings } from './booking.table.ts';

export const MAX_UPCOMING_BOOKINGS = 4;

export async function checkBookingCaps(
  tx: DbOrTx,
  now: Date,
  b: { customerId: string; vehicleId: string; startsAt: Date; endsAt: Date; excludeId?: string; counted: boolean },
): Promise<Result<null>> {
  await tx.select({ id: customers.id }).from(customers).where(eq(customers.id, b.customerId)).for('update');
  const open = and(eq(bookings.status, 'confirmed'), b.excludeId ? ne(bookings.id, b.excludeId) : undefined);
  const [overlap] = await tx
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(open, eq(bookings.vehicleId, b.vehicleId), lt(bookings.startsAt, b.endsAt), gt(bookings.endsAt, b.startsAt)),
    )
    .limit(1);
  if (overlap)
    return err('vehicle_busy', 'This vehicle already has a booking at that time.', { bookingId: overlap.id });
  if (!b.counted) return ok(null);
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(bookings)
    .where(and(open, eq(bookings.customerId, b.customerId), gt(bookings.startsAt, now)));
  if ((row?.n ?? 0) >= MAX_UPCOMING_BOOKINGS)
    return err('too_many_bookings', `At most ${MAX_UPCOMING_BOOKINGS} upcoming bookings at a time.`, {
      max: MAX_UPCOMING_BOOKINGS,
    });
  return ok(null);
}
