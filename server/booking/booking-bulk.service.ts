/**
 * The demo's load (and any import) places hundreds of bookings; doing them one createBooking at a
 * time would lock and read each day over and over, so this takes every day lock once, reads the
 * range once and inserts once, under the same bay rule.
 */
import { bookingBlocks, dayClock, pickBay } from '@shared/booking/slots.ts';
import { MINUTE, zonedDate } from '@shared/time.ts';
import type { DbOrTx } from '../db/client.ts';
import { firstAdvisor } from './booking-create.service.ts';
import { bookings } from './booking.table.ts';
import { publishBooking } from './booking.view.ts';
import {
  earliestStart,
  getCenter,
  getServiceType,
  lockDay,
  planOf,
  rangeState,
  type ServiceTypeRow,
} from './capacity.service.ts';
import { scheduleReminders } from './reminders.ts';

export type BulkItem = {
  customerId: string;
  vehicleId: string;
  serviceTypeId: string;
  startsAt: Date;
  issues?: string;
};

/**
 * Places many bookings of one center at once (the demo's load, an import): the same day locks and
 * bay rule as createBooking, but one read per range and one insert. The caller vouches that each
 * vehicle is its customer's. Items that do not fit are skipped. No notifications are sent.
 */
export async function placeBookings(
  tx: DbOrTx,
  now: Date,
  centerId: string,
  items: readonly BulkItem[],
  options: { publish: boolean },
): Promise<{ placed: number; skipped: number }> {
  if (!items.length) return { placed: 0, skipped: 0 };
  const center = (await getCenter(tx, centerId))!;
  const tz = center.timeZone;
  const dated = items.map((item) => ({ item, date: zonedDate(item.startsAt, tz) }));
  const dates = [...new Set(dated.map((d) => d.date))].sort();
  for (const date of dates) await lockDay(tx, center.id, date, now);
  const state = await rangeState(tx, center.id, dates[0]!, dates.at(-1)!);
  const types = new Map<string, ServiceTypeRow>();
  const advisorId = await firstAdvisor(tx, center.id);
  const rows: (typeof bookings.$inferInsert)[] = [];
  for (const { item, date } of dated) {
    let type = types.get(item.serviceTypeId);
    if (!type) {
      type = (await getServiceType(tx, center.id, item.serviceTypeId)) ?? undefined;
      if (!type) continue;
      types.set(type.id, type);
    }
    const clock = dayClock(date, tz);
    const from = clock.toMinute(item.startsAt);
    const taken = state.bookings.get(date) ?? [];
    const plan = planOf(center, date, state.exceptions.get(date) ?? []);
    const bay =
      item.startsAt < earliestStart(now)
        ? null
        : pickBay(plan, bookingBlocks(clock, taken), from, from + type.durationMinutes);
    if (bay === null) continue;
    const endsAt = new Date(item.startsAt.getTime() + type.durationMinutes * MINUTE);
    const id = crypto.randomUUID();
    state.bookings.set(date, [...taken, { id, bay, startsAt: item.startsAt, endsAt }]);
    rows.push({
      id,
      centerId: center.id,
      customerId: item.customerId,
      vehicleId: item.vehicleId,
      serviceTypeId: type.id,
      date,
      bay,
      startsAt: item.startsAt,
      endsAt,
      status: 'confirmed',
      issues: item.issues ?? '',
      advisorId,
      source: 'demo',
      createdAt: now,
    });
  }
  if (rows.length) {
    const inserted = await tx.insert(bookings).values(rows).returning();
    await scheduleReminders(tx, inserted, now);
    if (options.publish) for (const b of inserted) await publishBooking(tx, b);
  }
  return { placed: rows.length, skipped: items.length - rows.length };
}
