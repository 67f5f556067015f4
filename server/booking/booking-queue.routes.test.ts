/**
 * GET /api/bookings/:id/queue: the same live figures as the 2-hour reminder (cars checked in and not
 * yet worked on, the expected wait from the board and the bays) for a booking coming up today, and
 * nothing for one days ahead.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BookingQueue } from '@shared/booking/queue.schema.ts';
import { addDays } from '@shared/time.ts';
import { DEMO_SECOND_CUSTOMER_PHONE } from '../../tests/helpers/test-server.ts';
import { local, push, s, today, typeId, useBookingServer, zhang } from './booking-routes.fixture.ts';

useBookingServer();

async function book(startsAt: string) {
  const id = randomUUID();
  const vehicleId = (await zhang.get<{ id: string }[]>('/api/vehicles')).body[0]!.id;
  const r = await push(zhang, 'booking.create', {
    id,
    vehicleId,
    serviceTypeId: typeId('maintenance'),
    startsAt,
    issues: '',
  });
  expect(r.status).toBe('applied');
  return id;
}

describe('the live queue on a booking', () => {
  it('gives today’s booking the waiting cars and the expected wait; a booking days ahead, none', async () => {
    const advisor = await s.signInStaff('advisor');
    const wang = await advisor.get<{ vehicles: { id: string }[] }[]>(
      `/api/staff/customers?q=${DEMO_SECOND_CUSTOMER_PHONE}`,
    );
    const todays = await book(local(today(), '11:30'));
    const before = await zhang.get<BookingQueue>(`/api/bookings/${todays}/queue`);
    expect(before.status).toBe(200);
    const waitingBefore = before.body.queue!.waiting;

    expect(
      (
        await advisor.post('/api/staff/timeline/check-in', {
          vehicleId: wang.body[0]!.vehicles[0]!.id,
          title: '常规保养',
          mileageKm: 9_000,
          estimateMinutes: null,
        })
      ).status,
    ).toBe(201);
    const soon = await zhang.get<BookingQueue>(`/api/bookings/${todays}/queue`);
    expect(soon.body.queue).toMatchObject({ waiting: waitingBefore + 1, asOf: s.clock.now().toISOString() });
    expect(soon.body.queue!.expectedWaitMinutes).toBeGreaterThanOrEqual(0);

    const later = await zhang.get<BookingQueue>(
      `/api/bookings/${await book(local(addDays(today(), 3), '10:00'))}/queue`,
    );
    expect(later.body).toEqual({ queue: null });
  });
});
