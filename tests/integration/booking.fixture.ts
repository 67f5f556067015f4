/**
 * Objects the route table's booking entries need, made through the booking service functions:
 * a booking of 张先生's and one of 王女士's (for the .ics route), service types of either center,
 * and capacity exceptions (fresh per call, since withdrawing one uses it up).
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { addDays, zonedDate, zonedTimeToUtc } from '@shared/time.ts';
import { createBooking } from '../../server/booking/booking-create.service.ts';
import { getCenter } from '../../server/booking/capacity.service.ts';
import { addException } from '../../server/booking/staff-booking.service.ts';
import { serviceTypes } from '../../server/center/center.table.ts';
import type { Ctx } from './route-kit.ts';

const TZ = 'Asia/Shanghai';

async function serviceTypeId(ctx: Ctx, centerId: string, code = 'cabin_filter') {
  const [t] = await ctx.s.db.db
    .select()
    .from(serviceTypes)
    .where(and(eq(serviceTypes.centerId, centerId), eq(serviceTypes.code, code)));
  return t?.id ?? (await ctx.s.db.db.select().from(serviceTypes).where(eq(serviceTypes.centerId, centerId)))[0]!.id;
}

/** A confirmed booking of the customer's first vehicle, at the first free 15:30 from 3 days ahead. */
async function bookingOf(ctx: Ctx, who: 'zhang' | 'wang') {
  return ctx.once(`booking-${who}`, async () => {
    const owner = ctx.f[who];
    const now = ctx.s.clock.now();
    const typeId = await serviceTypeId(ctx, ctx.f.centerId);
    for (let day = 3; day < 40; day++) {
      const startsAt = zonedTimeToUtc(addDays(zonedDate(now, TZ), day), 15 * 60 + 30, TZ);
      const r = await ctx.s.db.db.transaction((tx) =>
        createBooking(tx, now, {
          id: randomUUID(),
          customerId: owner.id,
          vehicleId: owner.vehicleId,
          serviceTypeId: typeId,
          startsAt,
          issues: '',
          source: 'app',
        }),
      );
      if (r.ok) return r.value.id;
    }
    throw new Error('booking fixture: no free slot');
  });
}

/** A fresh exception (bay 1 out for an hour, 20 days ahead) of 徐汇 or of the other center. */
async function exception(ctx: Ctx, which: 'mine' | 'other' = 'mine') {
  const center = (await getCenter(ctx.s.db.db, which === 'mine' ? ctx.f.centerId : ctx.f.other.centerId))!;
  const date = addDays(zonedDate(ctx.s.clock.now(), TZ), 20);
  const r = await ctx.s.db.db.transaction((tx) =>
    addException(
      tx,
      center,
      null,
      { date, kind: 'bay_out', bay: 1, fromMinute: 600, toMinute: 660, reason: '检修' },
      ctx.s.clock.now(),
    ),
  );
  return r.exception.id;
}

const date = (ctx: Ctx, days: number) => addDays(zonedDate(ctx.s.clock.now(), TZ), days);

export const bk = {
  bookingOf,
  exception,
  date,
  serviceTypeId: (ctx: Ctx) => serviceTypeId(ctx, ctx.f.centerId),
  otherServiceTypeId: (ctx: Ctx) => serviceTypeId(ctx, ctx.f.other.centerId),
  suggestedAt: (ctx: Ctx) => zonedTimeToUtc(date(ctx, 25), 10 * 60, TZ).toISOString(),
};
