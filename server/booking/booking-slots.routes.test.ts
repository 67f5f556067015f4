/**
 * What the customer is offered: free slots from real capacity, and recommendations that follow the
 * customer's own habit.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { SlotsResponse } from '@shared/booking/slot.schema.ts';
import { formatTime, zonedParts } from '@shared/time.ts';
import { customers } from '../customers/customer.table.ts';
import { visits } from '../health-record/visit.table.ts';
import { makeDevices } from './booking.test-kit.ts';
import { local, s, slots, typeId, TZ, zhang, useBookingServer } from './booking-routes.fixture.ts';

useBookingServer();

describe('GET /api/booking/slots', () => {
  it('answers 14 days of slots in UTC for the center zone, none in the next hour, recommendations first', async () => {
    const r = await slots(zhang, 'maintenance');
    expect(r.timeZone).toBe(TZ);
    expect(r.days).toHaveLength(14);
    expect(r.days[0]!.date).toBe('2026-11-23');
    expect(formatTime(r.days[0]!.slots[0]!.startsAt, TZ, 'en-GB')).toBe('10:00'); // now 09:00 + 1 h lead
    expect(r.recommended.length).toBeGreaterThan(0);
    // The demo fills every bay at the first Saturday 10:00.
    const sat = r.days.find((d) => d.date === '2026-11-28')!;
    expect(sat.slots.find((x) => x.startsAt === local('2026-11-28', '10:00'))!.free).toBe(0);
  });

  it('refuses staff, strangers and another center’s service', async () => {
    expect((await s.anon.get(`/api/booking/slots?serviceTypeId=${typeId('maintenance')}`)).status).toBe(401);
    expect((await zhang.get(`/api/booking/slots?serviceTypeId=${randomUUID()}`)).status).toBe(404);
    expect((await zhang.get('/api/booking/slots?serviceTypeId=nope')).status).toBe(400);
  });
});

describe('recommendations', () => {
  it('for a customer who comes on Saturday mornings, a Saturday morning is recommended, and says so', async () => {
    const [d] = await makeDevices(s.db.db, s.url, 1, s.clock.now());
    const [row] = await s.db.db.select().from(customers).where(eq(customers.id, d!.customerId));
    for (const date of ['2025-12-06', '2026-03-14', '2026-07-11']) {
      await s.db.db.insert(visits).values({
        centerId: row!.centerId,
        customerId: d!.customerId,
        vehicleId: d!.vehicleId,
        status: 'delivered',
        title: '常规保养',
        mileageKm: 10_000,
        checkedInAt: new Date(local(date, '09:30')),
      });
    }
    const res = await fetch(`${s.url}/api/booking/slots?serviceTypeId=${typeId('maintenance')}`, {
      headers: { cookie: d!.cookie },
    });
    const body = (await res.json()) as SlotsResponse;
    const starts = body.recommended.map((r) => r.startsAt);
    expect(starts).toEqual([...starts].sort()); // listed in time order (item 9)
    const first = body.recommended.find((r) => r.reason.habit)!;
    const p = zonedParts(new Date(first.startsAt), TZ);
    expect(p.weekday).toBe(6);
    expect(p.hour).toBeLessThan(12);
    expect(first.free).toBeGreaterThan(0);
    expect(first.reason.habit).toEqual({ weekday: 6, part: 'morning' });
  });
});
