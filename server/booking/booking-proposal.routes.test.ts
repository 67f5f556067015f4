/**
 * A next visit the advisor proposes reaches the customer as a view row and a notification, and is
 * answered once from the outbox.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { BookingProposal } from '@shared/booking/booking.schema.ts';
import type { Notification } from '@shared/notifications/notification.schema.ts';
import { addDays, formatTime } from '@shared/time.ts';
import { customers } from '../customers/customer.table.ts';
import { local, mirror, push, s, today, typeId, TZ, zhang, useBookingServer } from './booking-routes.fixture.ts';

useBookingServer();

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
