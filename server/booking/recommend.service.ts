import { and, eq, inArray, lt } from 'drizzle-orm';
import type { SlotsResponse } from '@shared/booking/slot.schema.ts';
import { habitOf, recommendSlots } from '@shared/booking/recommend.ts';
import { addDays, zonedDate } from '@shared/time.ts';
import type { DbOrTx } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { customerHorizon } from '../membership/booking-horizon.ts';
import { bookings } from './booking.table.ts';
import { type CenterRow, type ServiceTypeRow, slotsForRange } from './capacity.service.ts';

/** How many days the recommendation looks ahead. */
export const RECOMMEND_DAYS = 14;

/** When the customer came before: their visits' check-ins and their past bookings. */
export async function visitHistory(db: DbOrTx, customerId: string, now: Date, timeZone: string): Promise<Date[]> {
  const [v, b] = await Promise.all([
    db.select({ at: visits.checkedInAt }).from(visits).where(eq(visits.customerId, customerId)),
    db
      .select({ at: bookings.startsAt })
      .from(bookings)
      .where(
        and(
          eq(bookings.customerId, customerId),
          inArray(bookings.status, ['confirmed', 'arrived', 'completed']),
          lt(bookings.startsAt, now),
        ),
      ),
  ]);
  // A booking that became a visit shows up in both: keep one per calendar day.
  const seen = new Set<string>();
  return [...v, ...b]
    .map((r) => r.at)
    .filter((at) => {
      const day = zonedDate(at, timeZone);
      if (seen.has(day)) return false;
      seen.add(day);
      return true;
    });
}

/** The slots answer for the booking screen: days from `from`, and recommendations from today. */
export async function slotsWithRecommendations(
  db: DbOrTx,
  center: CenterRow,
  type: ServiceTypeRow,
  customerId: string,
  now: Date,
  from: string | undefined,
  days: number,
): Promise<SlotsResponse> {
  const today = zonedDate(now, center.timeZone);
  const start = from ?? today;
  const horizon = await customerHorizon(db, customerId, now);
  const window = await slotsForRange(db, center, type.durationMinutes, start, days, now, undefined, horizon.days);
  const ahead =
    start === today && days >= RECOMMEND_DAYS
      ? window.slice(0, RECOMMEND_DAYS)
      : await slotsForRange(db, center, type.durationMinutes, today, RECOMMEND_DAYS, now);
  const habit = habitOf(await visitHistory(db, customerId, now, center.timeZone), center.timeZone);
  return {
    timeZone: center.timeZone,
    serviceTypeId: type.id,
    durationMinutes: type.durationMinutes,
    days: window,
    recommended: recommendSlots(ahead, habit, center.timeZone),
    lastDate: addDays(today, horizon.days),
    priorityDays: horizon.priorityDays,
  };
}
