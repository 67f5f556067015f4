/**
 * Capacity on the server: the day lock, the day's state (plan + bookings) and the free slots over a
 * range, computed with the shared rule (shared/booking/slots.ts).
 *
 * The invariant "no bay holds two bookings at once, and a day never takes more than its bays" is
 * kept by lockDay(): every writer of a day's capacity takes the center's capacity_day row FOR
 * UPDATE before reading the day's bookings. In READ COMMITTED each later statement sees what the
 * previous holder committed, so the check that follows the lock is never stale.
 */
import { and, asc, eq, gte, inArray, lte, ne } from 'drizzle-orm';
import type { DaySlots, Slot } from '@shared/booking/slot.schema.ts';
import type { CapacityException } from '@shared/booking/staff-booking.schema.ts';
import {
  BOOKING_HORIZON_DAYS,
  type DayPlan,
  daySlots,
  MIN_LEAD_MINUTES,
  nearestSlots,
  type Occupied,
  planDay,
} from '@shared/booking/slots.ts';
import { addDays, MINUTE, zonedDate } from '@shared/time.ts';
import { centers, serviceTypes } from '../center/center.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { bookings, capacityDays, capacityExceptions } from './booking.table.ts';

export type CenterRow = typeof centers.$inferSelect;
export type ServiceTypeRow = typeof serviceTypes.$inferSelect;

export async function getCenter(db: DbOrTx, centerId: string): Promise<CenterRow | null> {
  const [c] = await db.select().from(centers).where(eq(centers.id, centerId));
  return c ?? null;
}

export async function getServiceType(db: DbOrTx, centerId: string, id: string): Promise<ServiceTypeRow | null> {
  const [t] = await db
    .select()
    .from(serviceTypes)
    .where(and(eq(serviceTypes.id, id), eq(serviceTypes.centerId, centerId)));
  return t ?? null;
}

/** Takes the center's day row FOR UPDATE (creating it first): held until the transaction ends. */
export async function lockDay(tx: DbOrTx, centerId: string, date: string, now: Date): Promise<void> {
  await tx.insert(capacityDays).values({ centerId, date, updatedAt: now }).onConflictDoNothing();
  await tx
    .select({ date: capacityDays.date })
    .from(capacityDays)
    .where(and(eq(capacityDays.centerId, centerId), eq(capacityDays.date, date)))
    .for('update');
}

export const exceptionView = (e: typeof capacityExceptions.$inferSelect): CapacityException => ({
  id: e.id,
  date: e.date,
  kind: e.kind,
  bay: e.bay,
  fromMinute: e.fromMinute,
  toMinute: e.toMinute,
  reason: e.reason,
});

type RangeState = {
  exceptions: Map<string, CapacityException[]>;
  bookings: Map<string, (Occupied & { id: string })[]>;
};

/** Exceptions and confirmed bookings of a range of local dates, grouped by date (two queries). */
export async function rangeState(
  db: DbOrTx,
  centerId: string,
  from: string,
  to: string,
  excludeBookingId?: string,
): Promise<RangeState> {
  const [ex, bk] = await Promise.all([
    db
      .select()
      .from(capacityExceptions)
      .where(
        and(
          eq(capacityExceptions.centerId, centerId),
          gte(capacityExceptions.date, from),
          lte(capacityExceptions.date, to),
        ),
      )
      .orderBy(asc(capacityExceptions.createdAt)),
    db
      .select({
        id: bookings.id,
        date: bookings.date,
        bay: bookings.bay,
        startsAt: bookings.startsAt,
        endsAt: bookings.endsAt,
      })
      .from(bookings)
      .where(
        and(
          eq(bookings.centerId, centerId),
          gte(bookings.date, from),
          lte(bookings.date, to),
          // An arrived car still holds its bay for the booked time.
          inArray(bookings.status, ['confirmed', 'arrived']),
          ...(excludeBookingId ? [ne(bookings.id, excludeBookingId)] : []),
        ),
      ),
  ]);
  const state: RangeState = { exceptions: new Map(), bookings: new Map() };
  for (const e of ex) state.exceptions.set(e.date, [...(state.exceptions.get(e.date) ?? []), exceptionView(e)]);
  for (const b of bk) state.bookings.set(b.date, [...(state.bookings.get(b.date) ?? []), b]);
  return state;
}

export const planOf = (center: CenterRow, date: string, exceptions: readonly CapacityException[]): DayPlan =>
  planDay(date, center.bays, center.openingHours, exceptions);

/** The earliest instant a new booking may start. */
export const earliestStart = (now: Date) => new Date(now.getTime() + MIN_LEAD_MINUTES * MINUTE);
/** The last local date one may book (a customer's horizon depends on their tier: server/membership/booking-horizon.ts). */
export const lastBookableDate = (center: CenterRow, now: Date, horizonDays = BOOKING_HORIZON_DAYS) =>
  addDays(zonedDate(now, center.timeZone), horizonDays);

/** Free slots for a service over `days` local dates from `from`, full ones included. */
export async function slotsForRange(
  db: DbOrTx,
  center: CenterRow,
  durationMinutes: number,
  from: string,
  days: number,
  now: Date,
  excludeBookingId?: string,
  horizonDays?: number,
): Promise<DaySlots[]> {
  const today = zonedDate(now, center.timeZone);
  const start = from < today ? today : from;
  const last = lastBookableDate(center, now, horizonDays);
  const dates = Array.from({ length: days }, (_, i) => addDays(start, i)).filter((d) => d <= last);
  if (!dates.length) return [];
  const state = await rangeState(db, center.id, dates[0]!, dates.at(-1)!, excludeBookingId);
  const notBefore = earliestStart(now);
  return dates.map((date) => {
    const plan = planOf(center, date, state.exceptions.get(date) ?? []);
    return {
      date,
      closed: plan.closed,
      note: plan.note,
      slots: daySlots({
        plan,
        timeZone: center.timeZone,
        bookings: state.bookings.get(date) ?? [],
        durationMinutes,
        notBefore,
      }),
    };
  });
}

/** The free slot nearest to a wanted time (a proposal's time may be any instant), or null. */
export async function nearestFreeSlot(
  db: DbOrTx,
  center: CenterRow,
  durationMinutes: number,
  wanted: Date,
  now: Date,
): Promise<Slot | null> {
  const [best] = await alternativesFor(db, center, durationMinutes, wanted, now);
  return best ?? null;
}

/** The nearest free slots to a wanted start, looked for from 2 days before to 5 days after it. */
export async function alternativesFor(
  db: DbOrTx,
  center: CenterRow,
  durationMinutes: number,
  wanted: Date,
  now: Date,
  excludeBookingId?: string,
): Promise<Slot[]> {
  const day = zonedDate(wanted, center.timeZone);
  const days = await slotsForRange(db, center, durationMinutes, addDays(day, -2), 8, now, excludeBookingId);
  return nearestSlots(
    days.flatMap((d) => d.slots),
    wanted,
    4,
  );
}
