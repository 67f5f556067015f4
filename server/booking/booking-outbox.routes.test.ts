/**
 * Booking, moving and cancelling go through the device outbox (/api/sync/push), never a direct
 * route, so these tests push mutations and read what the device would mirror.
 */
import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { SlotTakenDetails } from '@shared/booking/slot.schema.ts';
import type { Booking } from '@shared/booking/booking.schema.ts';
import type { Notification } from '@shared/notifications/notification.schema.ts';
import { makeDevices } from './booking.test-kit.ts';
import { local, mirror, push, s, typeId, TZ, zhang, useBookingServer } from './booking-routes.fixture.ts';

useBookingServer();

describe('booking through the outbox', () => {
  let booking: Booking;

  it('books at once: the booking with its checklist and a confirmation notification reach the device', async () => {
    const vehicleId = (await zhang.get<{ id: string }[]>('/api/vehicles')).body[0]!.id;
    const id = randomUUID();
    const r = await push(zhang, 'booking.create', {
      id,
      vehicleId,
      serviceTypeId: typeId('maintenance'),
      startsAt: local('2026-11-25', '10:00'),
      issues: '刹车有轻微异响\n空调有异味',
      reason: { habit: null, quiet: true, soonest: false },
    });
    expect(r).toMatchObject({ status: 'applied', result: { id, status: 'confirmed' } });
    const m = await mirror(zhang);
    booking = m<Booking>('booking').find((b) => b.id === id)!;
    expect(booking).toMatchObject({
      startsAt: '2026-11-25T02:00:00.000Z',
      endsAt: '2026-11-25T03:30:00.000Z',
      advisorName: '李顾问',
      center: { name: '徐汇服务中心', timeZone: TZ },
      checklist: {
        issues: ['刹车有轻微异响', '空调有异味'],
        documents: ['driving_license', 'car_key', 'service_notes'],
      },
    });
    expect(booking.checklist.centerPrepares).toEqual(['bay_reserved', 'parts_ready', 'issues_briefed', 'lounge_ready']);
    const note = m<Notification>('notification').find((n) => n.kind === 'booking_confirmed')!;
    expect(note.title.zh).toBe('预约成功');
    expect(note.body.zh).toContain('徐汇服务中心');
    expect(note.body.zh).toContain('10:00');
    expect(note.link).toBe(`/booking/${id}`);
  });

  it('gives the owner an .ics that a calendar parser reads as 10:00 Asia/Shanghai at the center', async () => {
    const res = await zhang.fetch(`/api/bookings/${booking.id}/ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const text = await res.text();
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(text));
    const vtz = cal.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(event.startDate.zone?.tzid).toBe(TZ);
    expect([event.startDate.hour, event.startDate.minute]).toEqual([10, 0]);
    expect(event.startDate.toJSDate().toISOString()).toBe(booking.startsAt);
    expect(event.endDate.toJSDate().toISOString()).toBe(booking.endsAt);
    expect(event.location).toContain('漕溪北路 88 号');
    expect(event.summary).toContain('常规保养');
    expect(event.description).toContain('刹车有轻微异响');
    expect(event.uid).toBe(`${booking.id}@pitlane`);
  });

  it('keeps the .ics from anyone else (404) and from strangers (401)', async () => {
    const wang = await s.signInCustomer('13900139000');
    expect((await wang.fetch(`/api/bookings/${booking.id}/ics`)).status).toBe(404);
    expect((await s.anon.fetch(`/api/bookings/${booking.id}/ics`)).status).toBe(401);
  });

  it('refuses a move to a full slot with the nearest free times and leaves the booking as it was', async () => {
    const r = await push(zhang, 'booking.reschedule', { id: booking.id, startsAt: local('2026-11-28', '10:00') });
    expect(r).toMatchObject({ status: 'refused', reason: 'slot_taken' });
    const alternatives = (r.result as SlotTakenDetails).alternatives;
    expect(alternatives.length).toBeGreaterThan(0);
    const m = await mirror(zhang);
    expect(m<Booking>('booking').find((b) => b.id === booking.id)!.startsAt).toBe(booking.startsAt);
  });

  it('moves to a free slot, then cancels', async () => {
    const moved = await push(zhang, 'booking.reschedule', { id: booking.id, startsAt: local('2026-11-26', '15:00') });
    expect(moved).toMatchObject({ status: 'applied', result: { startsAt: '2026-11-26T07:00:00.000Z' } });
    const cancelled = await push(zhang, 'booking.cancel', { id: booking.id });
    expect(cancelled).toMatchObject({ status: 'applied', result: { status: 'cancelled' } });
    const m = await mirror(zhang);
    expect(m<Booking>('booking').find((b) => b.id === booking.id)!.status).toBe('cancelled');
    expect(m<Notification>('notification').map((n) => n.kind)).toEqual(
      expect.arrayContaining(['booking_confirmed', 'booking_rescheduled', 'booking_cancelled']),
    );
  });

  it('refuses a time off the half-hour grid, another customer’s vehicle, and someone else’s booking', async () => {
    const vehicleId = (await zhang.get<{ id: string }[]>('/api/vehicles')).body[0]!.id;
    const base = { vehicleId, serviceTypeId: typeId('maintenance'), issues: '' };
    expect(
      await push(zhang, 'booking.create', { ...base, id: randomUUID(), startsAt: local('2026-11-25', '10:10') }),
    ).toMatchObject({
      status: 'refused',
      reason: 'invalid',
    });
    const [other] = await makeDevices(s.db.db, s.url, 1, s.clock.now());
    expect(
      await push(zhang, 'booking.create', {
        ...base,
        vehicleId: other!.vehicleId,
        id: randomUUID(),
        startsAt: local('2026-11-25', '11:00'),
      }),
    ).toMatchObject({ status: 'refused', reason: 'not_found' });
    const theirs = randomUUID();
    await other!.push('booking.create', {
      ...base,
      vehicleId: other!.vehicleId,
      id: theirs,
      startsAt: local('2026-11-25', '11:00'),
    });
    expect(await push(zhang, 'booking.cancel', { id: theirs })).toMatchObject({
      status: 'refused',
      reason: 'not_found',
    });
  });
});
