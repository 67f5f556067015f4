/**
 * Item 17: checking a booked car in closes its booking as arrived, and the device's mirror says so.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Booking } from '@shared/booking/booking.schema.ts';
import { DEMO_SECOND_CUSTOMER_PHONE } from '../../tests/helpers/test-server.ts';
import { local, mirror, push, s, today, typeId, useBookingServer } from './booking-routes.fixture.ts';

useBookingServer();

describe('check-in of a booked car', () => {
  it('turns the confirmed booking of today into arrived, and leaves other days alone', async () => {
    const wang = await s.signInCustomer(DEMO_SECOND_CUSTOMER_PHONE); // Zhang's demo car is already in the workshop
    const vehicleId = (await wang.get<{ id: string }[]>('/api/vehicles')).body[0]!.id;
    const base = { vehicleId, serviceTypeId: typeId('maintenance'), issues: '', reason: null };
    const todayId = randomUUID();
    const laterId = randomUUID();
    expect(
      await push(wang, 'booking.create', { ...base, id: todayId, startsAt: local(today(), '10:00') }),
    ).toMatchObject({ status: 'applied' });
    expect(
      await push(wang, 'booking.create', { ...base, id: laterId, startsAt: local('2026-11-27', '14:00') }),
    ).toMatchObject({ status: 'applied' });

    const advisor = await s.signInStaff('advisor');
    const r = await advisor.post('/api/staff/timeline/check-in', { vehicleId, title: '保养', mileageKm: 99_999 });
    expect(r.status, JSON.stringify(r.body)).toBe(201);

    const bookings = (await mirror(wang))<Booking>('booking');
    expect(bookings.find((b) => b.id === todayId)?.status).toBe('arrived');
    expect(bookings.find((b) => b.id === laterId)?.status).toBe('confirmed');
  });

  it('drops the recommendation reason when a booking is moved: it described the old time (item 5)', async () => {
    const wang = await s.signInCustomer(DEMO_SECOND_CUSTOMER_PHONE);
    const vehicleId = (await wang.get<{ id: string }[]>('/api/vehicles')).body[0]!.id;
    const id = randomUUID();
    const reason = { habit: { weekday: 6, part: 'morning' as const }, quiet: true, soonest: false };
    const created = await push(wang, 'booking.create', {
      id,
      vehicleId,
      serviceTypeId: typeId('maintenance'),
      issues: '',
      reason,
      startsAt: local('2026-11-28', '11:30'),
    });
    expect(created, JSON.stringify(created)).toMatchObject({ status: 'applied' });
    expect((await mirror(wang))<Booking>('booking').find((b) => b.id === id)?.reason).toEqual(reason);
    expect(await push(wang, 'booking.reschedule', { id, startsAt: local('2026-11-26', '15:00') })).toMatchObject({
      status: 'applied',
    });
    expect((await mirror(wang))<Booking>('booking').find((b) => b.id === id)?.reason).toBeNull();
  });
});
