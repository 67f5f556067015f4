import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Booking,
  BookingProposal,
  SlotsResponse,
  SlotTakenDetails,
  StaffDay,
} from '@shared/booking/booking.schema.ts';
import type { Center } from '@shared/center/center.schema.ts';
import type { Notification } from '@shared/notifications/notification.schema.ts';
import { addDays, formatTime, zonedDate, zonedParts, zonedTimeToUtc } from '@shared/time.ts';
import { type Client, startTestServer, type TestServer, testClock } from '../../tests/helpers/test-server.ts';
import { customers } from '../customers/customer.table.ts';
import { visits } from '../health-record/visit.table.ts';
import { makeDevices } from './booking.test-kit.ts';

const TZ = 'Asia/Shanghai';
let s: TestServer;
let zhang: Client;
let center: Center;
const typeId = (code: string) => center.serviceTypes.find((t) => t.code === code)!.id;
const today = () => zonedDate(s.clock.now(), TZ);
const local = (date: string, hhmm: string) =>
  zonedTimeToUtc(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)), TZ).toISOString();

let seq = 0;
const clientId = randomUUID();
type Result = { seq: number; status: string; reason?: string; result?: unknown };
async function push(c: Client, name: string, args: unknown, id = clientId): Promise<Result> {
  seq += 1;
  const r = await c.post<{ results: Result[] }>('/api/sync/push', {
    clientId: id,
    mutations: [{ seq, name, args, at: new Date().toISOString() }],
  });
  expect(r.status).toBe(200);
  return r.body.results.at(-1)!;
}
async function mirror(c: Client) {
  const r = await c.get<{ changes: { entity: string; id: string; data: Record<string, unknown> | null }[] }>(
    '/api/sync/pull?since=0',
  );
  const rows = new Map<string, Record<string, unknown> | null>();
  for (const ch of r.body.changes) rows.set(`${ch.entity}:${ch.id}`, ch.data);
  return <T>(entity: string) =>
    [...rows.entries()].filter(([k, v]) => k.startsWith(`${entity}:`) && v !== null).map(([, v]) => v as T);
}
const slots = async (c: Client, code: string, from?: string, days = 14) =>
  (
    await c.get<SlotsResponse>(
      `/api/booking/slots?serviceTypeId=${typeId(code)}${from ? `&from=${from}` : ''}&days=${days}`,
    )
  ).body;

beforeAll(async () => {
  s = await startTestServer({ clock: testClock('2026-11-23T01:00:00Z') }); // Monday 09:00 in Shanghai
  zhang = await s.signInCustomer();
  center = (await zhang.get<Center>('/api/center')).body;
});
afterAll(() => s?.stop());

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

describe('recommendations', () => {
  it('for a customer who comes on Saturday mornings, the first recommendation is a Saturday morning, and says so', async () => {
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
    const first = body.recommended[0]!;
    const p = zonedParts(new Date(first.startsAt), TZ);
    expect(p.weekday).toBe(6);
    expect(p.hour).toBeLessThan(12);
    expect(first.free).toBeGreaterThan(0);
    expect(first.reason.habit).toEqual({ weekday: 6, part: 'morning' });
  });
});

describe('next visit proposed by staff', () => {
  it('reaches the customer with a notification; one tap books it; a second answer is refused', async () => {
    const advisor = await s.signInStaff('advisor');
    const vehicleId = (await zhang.get<{ id: string }[]>('/api/vehicles')).body[0]!.id;
    const [me] = await s.db.db.select().from(customers).where(eq(customers.phone, '13800138000'));
    const r = await advisor.post<BookingProposal>('/api/staff/booking/proposals', {
      customerId: me!.id,
      vehicleId,
      serviceTypeId: typeId('brake_check'),
      suggestedStartsAt: new Date(local(addDays(today(), 10), '10:10')).toISOString(),
      note: '刹车片剩余 4 mm，建议复查',
    });
    expect(r.status).toBe(201);
    expect(formatTime(r.body.suggestedStartsAt, TZ, 'en-GB')).toMatch(/^(10:00|10:30|09:30|11:00)$/); // snapped to a free slot
    const m = await mirror(zhang);
    expect(m<BookingProposal>('booking_proposal').find((p) => p.id === r.body.id)).toMatchObject({
      status: 'open',
      proposedBy: '李顾问',
    });
    expect(
      m<Notification>('notification').some(
        (n) => n.kind === 'booking_proposal' && n.link === `/booking?proposal=${r.body.id}`,
      ),
    ).toBe(true);

    const bookingId = randomUUID();
    const accepted = await push(zhang, 'booking.acceptProposal', { proposalId: r.body.id, bookingId });
    expect(accepted).toMatchObject({
      status: 'applied',
      result: { id: bookingId, proposalId: r.body.id, startsAt: r.body.suggestedStartsAt },
    });
    const after = await mirror(zhang);
    expect(after<BookingProposal>('booking_proposal').find((p) => p.id === r.body.id)).toMatchObject({
      status: 'accepted',
      bookingId,
    });
    expect(await push(zhang, 'booking.declineProposal', { proposalId: r.body.id })).toMatchObject({
      status: 'refused',
      reason: 'already_decided',
    });
  });

  it('can be declined, and only staff of the center may propose', async () => {
    const advisor = await s.signInStaff('advisor');
    const vehicleId = (await zhang.get<{ id: string }[]>('/api/vehicles')).body[0]!.id;
    const [me] = await s.db.db.select().from(customers).where(eq(customers.phone, '13800138000'));
    const input = {
      customerId: me!.id,
      vehicleId,
      serviceTypeId: typeId('tire_rotation'),
      suggestedStartsAt: local(addDays(today(), 20), '14:00'),
      note: '',
    };
    const r = await advisor.post<BookingProposal>('/api/staff/booking/proposals', input);
    expect(await push(zhang, 'booking.declineProposal', { proposalId: r.body.id })).toMatchObject({
      status: 'applied',
      result: { status: 'declined' },
    });
    expect((await zhang.post('/api/staff/booking/proposals', input)).status).toBe(403);
    expect((await (await s.signInStaff('technician')).post('/api/staff/booking/proposals', input)).status).toBe(403);
    expect((await advisor.post('/api/staff/booking/proposals', { ...input, customerId: randomUUID() })).status).toBe(
      404,
    );
  });
});

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
