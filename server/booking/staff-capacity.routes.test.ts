/**
 * Staff change capacity (holidays, bays out, weekly hours) and customers' free slots follow at once;
 * only the roles named on each route may do it.
 */
import { describe, expect, it } from 'vitest';
import type { StaffDay } from '@shared/booking/staff-booking.schema.ts';
import type { Center } from '@shared/center/center.schema.ts';
import { addDays, formatTime } from '@shared/time.ts';
import { local, mirror, s, slots, today, TZ, zhang, useBookingServer } from './booking-routes.fixture.ts';

useBookingServer();

describe('staff capacity', () => {
  it('shows the day per bay, publishes a holiday that closes the day, and withdraws it', async () => {
    const advisor = await s.signInStaff('advisor');
    const date = '2026-11-28';
    const day = await advisor.get<StaffDay>(`/api/staff/booking/day?date=${date}`);
    expect(day.status).toBe(200);
    expect(day.body.bays).toBe(6);
    // Every bay has a booking within 10:00-11:30 (the demo's full slot).
    const [from, to] = [new Date(local(date, '10:00')).getTime(), new Date(local(date, '11:30')).getTime()];
    const busy = day.body.bookings.filter(
      (b) => new Date(b.startsAt).getTime() < to && new Date(b.endsAt).getTime() > from,
    );
    expect([...new Set(busy.map((b) => b.bay))].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(day.body.bookings[0]!.phoneMasked).toMatch(/\*{4}/);

    const ex = await advisor.post<{ exception: { id: string }; conflicts: unknown[] }>(
      '/api/staff/booking/exceptions',
      {
        date,
        kind: 'closed',
        reason: '店庆休息',
      },
    );
    expect(ex.status).toBe(201);
    expect(ex.body.conflicts.length).toBe(day.body.bookings.filter((b) => b.status === 'confirmed').length);
    const closed = (await slots(zhang, 'maintenance', date, 1)).days[0]!;
    expect(closed).toMatchObject({ closed: true, note: '店庆休息', slots: [] });

    const res = await advisor.fetch(`/api/staff/booking/exceptions/${ex.body.exception.id}`, {
      method: 'DELETE',
      json: {},
    });
    expect(res.status).toBe(200);
    expect((await slots(zhang, 'maintenance', date, 1)).days[0]!.closed).toBe(false);
  });

  it('takes a bay out of service for a morning', async () => {
    const advisor = await s.signInStaff('manager');
    const date = addDays(today(), 12);
    const before = (await slots(zhang, 'cabin_filter', date, 1)).days[0]!.slots.find(
      (x) => x.startsAt === local(date, '09:00'),
    )!;
    await advisor.post('/api/staff/booking/exceptions', {
      date,
      kind: 'bay_out',
      bay: 2,
      fromMinute: 8 * 60,
      toMinute: 12 * 60,
      reason: '举升机检修',
    });
    const after = (await slots(zhang, 'cabin_filter', date, 1)).days[0]!.slots.find(
      (x) => x.startsAt === local(date, '09:00'),
    )!;
    expect(after.capacity).toBe(before.capacity - 1);
  });

  it('lets the manager publish weekly bays and hours; every customer’s center row follows', async () => {
    const manager = await s.signInStaff('manager');
    const hours = Array.from({ length: 7 }, () => ({ open: 9 * 60, close: 18 * 60 }));
    expect(
      (
        await (
          await s.signInStaff('advisor')
        ).fetch('/api/staff/booking/capacity', { method: 'PUT', json: { bays: 7, openingHours: hours } })
      ).status,
    ).toBe(403);
    const res = await manager.fetch('/api/staff/booking/capacity', {
      method: 'PUT',
      json: { bays: 7, openingHours: hours },
    });
    expect(res.status).toBe(200);
    const date = addDays(today(), 13);
    const first = (await slots(zhang, 'maintenance', date, 1)).days[0]!.slots[0]!;
    expect(formatTime(first.startsAt, TZ, 'en-GB')).toBe('09:00');
    expect(first.capacity).toBe(7);
    const m = await mirror(zhang);
    expect(m<Center>('center')[0]!.bays).toBe(7);
    expect(
      (await manager.fetch('/api/staff/booking/capacity', { method: 'PUT', json: { bays: 0, openingHours: hours } }))
        .status,
    ).toBe(400);
  });
});
