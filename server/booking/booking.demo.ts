/**
 * Demo booking data for 徐汇服务中心 (6 bays, 08:30-18:00):
 * - a realistic load over the coming 30 days from other customers: weekdays 3-6 bookings,
 *   Saturdays busier, and a few full slots (next Saturday 10:00, the first weekday 14:00);
 * - bay 6 out of service for a morning next week (a published exception);
 * - 张先生's habit (seed 003: "根据您以往的习惯，为您推荐周六上午10点") comes from his visit history,
 *   which the health-record demo seeds (server/health-record/health-record.demo.ts);
 * - a next visit proposed by 李顾问 for 张先生: a brake check in 3 months.
 * All through the service functions the API uses; the load is placed in bulk (same lock and bay
 * rule, one insert) and sends no notifications, so every start with demo data stays quick.
 */
import { addDays, zonedDate, zonedTimeToUtc } from '@shared/time.ts';
import { weekdayOf } from '@shared/booking/slots.ts';
import { eq } from 'drizzle-orm';
import { serviceTypes } from '../center/center.table.ts';
import { createCustomer } from '../customers/customer.service.ts';
import type { CoreDemo } from '../demo/seed-core.ts';
import type { Tx } from '../db/client.ts';
import { createVehicle } from '../vehicles/vehicle.service.ts';
import { type BulkItem, placeBookings } from './booking-bulk.service.ts';
import { getCenter } from './capacity.service.ts';
import { proposeVisit } from './proposal.service.ts';
import { addException } from './staff-booking.service.ts';

const OTHERS = [
  ['李女士', 'Tesla Model Y 长续航版'],
  ['赵先生', 'Tesla Model 3 长续航版'],
  ['孙女士', 'Tesla Model Y 高性能版'],
  ['周先生', 'Tesla Model S'],
  ['吴女士', 'Tesla Model 3 后轮驱动版'],
  ['郑先生', 'Tesla Model X'],
] as const;

/** A small deterministic generator, so the demo looks the same on every start. */
function lcg(seed: number) {
  let x = seed;
  return (n: number) => {
    // mulberry32 in 32-bit integer arithmetic (exact in JavaScript numbers)
    x = (x + 0x6d2b79f5) | 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

export async function seedBooking(tx: Tx, core: CoreDemo, now: Date) {
  const center = (await getCenter(tx, core.centerId))!;
  const tz = center.timeZone;
  const types = Object.fromEntries(
    (await tx.select().from(serviceTypes).where(eq(serviceTypes.centerId, center.id))).map((t) => [t.code, t]),
  );
  const people: { customerId: string; vehicleId: string }[] = [];
  for (const [i, [name, model]] of OTHERS.entries()) {
    const c = await createCustomer(tx, { centerId: center.id, phone: `1365550${String(1000 + i)}`, name });
    const v = await createVehicle(tx, {
      customerId: c.id,
      model,
      plate: `沪B${String(30001 + i * 7)}`,
      vin: `LRWDEMO0${String(100000000 + i).slice(-9)}`,
      color: null,
      mileageKm: 5_000 + i * 4_000,
      purchaseDate: '2025-01-15',
      warrantyUntil: null,
      warrantyKm: null,
    });
    people.push({ customerId: c.id, vehicleId: v.id });
  }

  const today = zonedDate(now, tz);
  const load: BulkItem[] = [];
  const book = (date: string, hhmm: string, code: string, who: number) => {
    const [h, m] = hhmm.split(':').map(Number) as [number, number];
    load.push({
      ...people[who % people.length]!,
      serviceTypeId: types[code]!.id,
      startsAt: zonedTimeToUtc(date, h * 60 + m, tz),
    });
  };

  const rand = lcg(20_000);
  const times = [
    '08:30',
    '09:00',
    '09:30',
    '10:00',
    '10:30',
    '11:00',
    '13:00',
    '13:30',
    '14:00',
    '15:00',
    '15:30',
    '16:00',
  ];
  const codes = ['maintenance', 'tire_rotation', 'brake_check', 'cabin_filter', 'maintenance', 'diagnosis'];
  let firstSaturday: string | null = null;
  let firstWeekday: string | null = null;
  for (let i = 0; i <= 30; i++) {
    const date = addDays(today, i);
    const wd = weekdayOf(date);
    if (wd === 6 && !firstSaturday) firstSaturday = date;
    if (wd >= 1 && wd <= 5 && !firstWeekday) firstWeekday = date;
    const n = wd === 6 ? 6 + rand(3) : wd === 0 ? 2 + rand(2) : 2 + rand(4);
    for (let k = 0; k < n; k++) book(date, times[rand(times.length)]!, codes[rand(codes.length)]!, k + i);
  }
  // Full slots: every bay busy at next Saturday 10:00 and the first weekday 14:00.
  for (const [date, hhmm] of [
    [firstSaturday!, '10:00'],
    [firstWeekday!, '14:00'],
  ] as const) {
    for (let k = 0; k < center.bays; k++) book(date, hhmm, 'maintenance', k);
  }
  await placeBookings(tx, now, center.id, load, { publish: false });
  const nextWeek = addDays(firstWeekday!, 7);
  await addException(
    tx,
    center,
    core.staff.advisor.id,
    {
      date: nextWeek,
      kind: 'bay_out',
      bay: 6,
      fromMinute: 8 * 60 + 30,
      toMinute: 12 * 60,
      reason: '6号工位举升机年检',
    },
    now,
  );

  // 李顾问 proposes a brake check in 3 months (刹车片 seed 002: 复查).
  await proposeVisit(
    tx,
    now,
    { staffId: core.staff.advisor.id, centerId: center.id },
    {
      customerId: core.zhang.id,
      vehicleId: core.model3.id,
      serviceTypeId: types.brake_check!.id,
      suggestedStartsAt: zonedTimeToUtc(addDays(today, 91), 10 * 60, tz).toISOString(),
      note: '刹车片复查：到更换线之前再看一次，该换就换',
      noteEn: 'Brake pad check: one more look before they reach the replacement line, replaced if due',
    },
  );
}
