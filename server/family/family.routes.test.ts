/**
 * Family access through the real API, on PGlite and (TEST_DATABASE_URL) PostgreSQL: the member sees
 * and books for the shared vehicle only, an invitation lapses after a day and can be cancelled while
 * pending, at most 5 members, a member may leave, and revocation drops the vehicle from the member's
 * mirror and refuses their queued action with the reason.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Booking } from '@shared/booking/booking.schema.ts';
import type { DaySlots } from '@shared/booking/slot.schema.ts';
import type { IncomingInvitation, VehicleFamily } from '@shared/family/family.schema.ts';
import type { Vehicle } from '@shared/vehicles/vehicle.schema.ts';
import { addDays, HOUR, zonedDate } from '@shared/time.ts';
import { startTestServer, type TestServer, testClock } from '../../tests/helpers/test-server.ts';
import { serviceTypeByCode } from '../booking/booking.test-kit.ts';
import { accept, customer, deviceOf, invite, mirrorOf, share, vehicleOf, type Who } from './family.test-kit.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ clock: testClock('2026-11-23T01:00:00Z') });
});
afterAll(() => s?.stop());
// Every invitation texts a code from 127.0.0.1: each test starts a fresh hour of the per-IP limit.
beforeEach(() => s.clock.advance(2 * HOUR));

async function ownerWithCar() {
  const owner = await customer(s, '张先生');
  return { owner, vehicleId: await vehicleOf(s, owner.id) };
}

async function bookArgs(who: Who, vehicleId: string, daysAhead = 3) {
  const type = await serviceTypeByCode(s.db.db, 'maintenance');
  const from = addDays(zonedDate(s.clock.now(), 'Asia/Shanghai'), daysAhead);
  const r = await who.get<{ days: DaySlots[] }>(`/api/booking/slots?serviceTypeId=${type.id}&from=${from}&days=3`);
  const slot = r.body.days.flatMap((d) => d.slots).find((x) => x.free > 0)!;
  return { id: randomUUID(), vehicleId, serviceTypeId: type.id, startsAt: slot.startsAt, issues: '' };
}

describe('a member of a shared vehicle', () => {
  it('sees and books for the shared vehicle only; the owner’s other vehicle is a 404', async () => {
    const { owner, vehicleId } = await ownerWithCar();
    const other = await vehicleOf(s, owner.id);
    const li = await customer(s, '李女士');
    await share(s, owner, vehicleId, li, 'book');

    const list = await li.get<Vehicle[]>('/api/vehicles');
    expect(list.body.map((v) => v.id)).toEqual([vehicleId]);
    expect((await li.get(`/api/vehicles/${vehicleId}`)).status).toBe(200);
    expect((await li.get(`/api/vehicles/${other}`)).status).toBe(404);
    expect((await li.get(`/api/health-record/vehicles/${other}`)).status).toBe(404);
    expect((await li.get(`/api/health-record/vehicles/${vehicleId}`)).status).toBe(200);
    // The owner's family section and share links are the owner's alone.
    expect((await li.get(`/api/family/vehicles/${vehicleId}`)).status).toBe(404);
    expect((await li.get(`/api/health-record/vehicles/${vehicleId}/share-links`)).status).toBe(404);

    const m = await mirrorOf(li);
    expect(m.has('vehicle', vehicleId)).toBe(true);
    expect(m.has('vehicle', other)).toBe(false);
    expect(m.of('family_share')).toEqual([expect.objectContaining({ vehicleId, ownerName: '张先生', scope: 'book' })]);

    const push = deviceOf(li);
    const booked = await push('booking.create', await bookArgs(li, vehicleId));
    expect(booked.status).toBe('applied');
    const refused = await push('booking.create', await bookArgs(li, other));
    expect(refused).toMatchObject({ status: 'refused', reason: 'not_found' });

    // The booking is the owner's, and says who made it — on both sides.
    const ownerRow = (await mirrorOf(owner)).of<Booking>('booking').find((b) => b.vehicleId === vehicleId)!;
    expect(ownerRow.bookedBy).toEqual({ customerId: li.id, name: '李女士' });
    expect((await mirrorOf(li)).of<Booking>('booking').map((b) => b.id)).toEqual([ownerRow.id]);
  });

  it('with the view scope sees the vehicle but a booking is refused in words', async () => {
    const { owner, vehicleId } = await ownerWithCar();
    const li = await customer(s, '李女士');
    await share(s, owner, vehicleId, li, 'view');
    const r = await deviceOf(li)('booking.create', await bookArgs(li, vehicleId));
    expect(r).toMatchObject({ status: 'refused', reason: 'family_scope' });
  });

  it('after revocation loses the vehicle on the next pull, and a queued booking is refused as family_ended', async () => {
    const { owner, vehicleId } = await ownerWithCar();
    const li = await customer(s, '李女士');
    const membership = await share(s, owner, vehicleId, li, 'book');
    const push = deviceOf(li);
    expect((await push('booking.create', await bookArgs(li, vehicleId))).status).toBe('applied');
    const queued = await bookArgs(li, vehicleId, 5); // made offline, before the revocation

    expect((await owner.post(`/api/family/members/${membership}/revoke`)).status).toBe(200);
    const m = await mirrorOf(li);
    expect(m.has('vehicle', vehicleId)).toBe(false);
    expect(m.of('booking')).toEqual([]);
    expect(m.of('family_share')).toEqual([]);
    expect((await li.get<Vehicle[]>('/api/vehicles')).body).toEqual([]);
    expect((await li.get(`/api/vehicles/${vehicleId}`)).status).toBe(404);

    const r = await push('booking.create', queued);
    expect(r).toMatchObject({ status: 'refused', reason: 'family_ended' });
    // The owner's own records stay.
    expect((await mirrorOf(owner)).of<Booking>('booking')).toHaveLength(1);
  });

  it('may leave on their own; the owner then sees no member', async () => {
    const { owner, vehicleId } = await ownerWithCar();
    const li = await customer(s, '李女士');
    const membership = await share(s, owner, vehicleId, li, 'view');
    const stranger = await customer(s, '路人');
    expect((await stranger.post(`/api/family/members/${membership}/leave`)).status).toBe(404);
    expect((await li.post(`/api/family/members/${membership}/leave`)).body).toEqual({ id: membership, status: 'left' });
    expect((await mirrorOf(li)).has('vehicle', vehicleId)).toBe(false);
    const family = await owner.get<VehicleFamily>(`/api/family/vehicles/${vehicleId}`);
    expect(family.body.members).toEqual([]);
  });
});

describe('invitations', () => {
  it('expire after a day: the invitee no longer sees it and accepting is refused', async () => {
    const { owner, vehicleId } = await ownerWithCar();
    const li = await customer(s, '李女士');
    const inv = await invite(owner, vehicleId, li);
    expect(inv.status).toBe(201);
    expect(inv.body.phoneMasked).toBe(`${li.phone.slice(0, 3)}****${li.phone.slice(-4)}`);
    s.clock.advance(23 * HOUR);
    expect((await li.get<IncomingInvitation[]>('/api/family/invitations/incoming')).body).toHaveLength(1);
    s.clock.advance(HOUR + 1000);
    expect((await li.get<IncomingInvitation[]>('/api/family/invitations/incoming')).body).toEqual([]);
    expect((await accept(s, li, inv.body.id)).status).toBe(404);
    expect((await owner.get<VehicleFamily>(`/api/family/vehicles/${vehicleId}`)).body.invitations).toEqual([]);
    expect((await li.get<Vehicle[]>('/api/vehicles')).body).toEqual([]);
  });

  it('can be cancelled by the owner while pending, not after it was accepted', async () => {
    const { owner, vehicleId } = await ownerWithCar();
    const li = await customer(s, '李女士');
    const wang = await customer(s, '王女士');
    const inv = await invite(owner, vehicleId, li);
    expect((await wang.post(`/api/family/invitations/${inv.body.id}/cancel`)).status).toBe(404);
    const cancelled = await owner.post(`/api/family/invitations/${inv.body.id}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    expect((await accept(s, li, inv.body.id)).status).toBe(404);

    const again = await invite(owner, vehicleId, li);
    expect((await accept(s, li, again.body.id)).status).toBe(200);
    expect((await owner.post(`/api/family/invitations/${again.body.id}/cancel`)).status).toBe(409);
  });

  it('a wrong code is refused and the invitation stays open', async () => {
    const { owner, vehicleId } = await ownerWithCar();
    const li = await customer(s, '李女士');
    const inv = await invite(owner, vehicleId, li);
    const wrong = await li.post<{ error: string }>(`/api/family/invitations/${inv.body.id}/accept`, { code: '000000' });
    expect(wrong.body.error).toMatch(/code_invalid|code_expired/);
    expect((await li.get<IncomingInvitation[]>('/api/family/invitations/incoming')).body).toHaveLength(1);
  });

  it('at most 5 members per vehicle: a sixth invitation and a sixth accept are refused', async () => {
    const { owner, vehicleId } = await ownerWithCar();
    const family = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => customer(s, `家人${n}`)));
    const late = await invite(owner, vehicleId, family[5]!); // pending before the others join
    for (const m of family.slice(0, 5)) await share(s, owner, vehicleId, m, 'view');
    const sixth = await invite(owner, vehicleId, family[5]!);
    expect(sixth).toMatchObject({ status: 409, body: { error: 'family_full' } });
    const r = await accept(s, family[5]!, late.body.id);
    expect(r).toMatchObject({ status: 409, body: { error: 'family_full' } });
    expect((await owner.get<VehicleFamily>(`/api/family/vehicles/${vehicleId}`)).body.members).toHaveLength(5);
  });

  it('only for the owner’s own vehicle; a member cannot invite others to it', async () => {
    const { owner, vehicleId } = await ownerWithCar();
    const li = await customer(s, '李女士');
    const friend = await customer(s, '朋友');
    await share(s, owner, vehicleId, li, 'book');
    expect((await invite(li, vehicleId, friend)).status).toBe(404);
    expect((await invite(owner, vehicleId, owner)).status).toBe(400);
  });
});
