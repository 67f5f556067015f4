/**
 * Making a booking, inside the caller's transaction (the push transaction for a customer mutation,
 * or the staff proposal's). A booking id sent twice by the same customer answers the booking as
 * made, so a retried outbox push never books twice.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { RecommendationReason } from '@shared/booking/slot.schema.ts';
import type { Booking } from '@shared/booking/booking.schema.ts';
import { err, ok, type Result } from '@shared/errors.ts';
import { customers } from '../customers/customer.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { notify } from '../notifications/notify.ts';
import { staff } from '../staff/staff.table.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { customerHorizonDays, loanerAllowed } from '../membership/booking-horizon.ts';
import { takeBay } from './bay-placement.ts';
import { checkBookingCaps } from './booking-caps.ts';
import { confirmedMessage } from './booking.messages.ts';
import { bookingProposals, bookings } from './booking.table.ts';
import { type BookingRow, bookingView, publishBooking } from './booking.view.ts';
import { getCenter, getServiceType } from './capacity.service.ts';
import { messageContext } from './message-context.ts';
import { decideProposal } from './proposal.view.ts';
import { scheduleReminders } from './reminders.ts';

/** The advisor a new booking is given: the center's longest-serving one. */
export async function firstAdvisor(db: DbOrTx, centerId: string) {
  const [a] = await db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.centerId, centerId), eq(staff.role, 'advisor')))
    .orderBy(asc(staff.createdAt))
    .limit(1);
  return a?.id ?? null;
}

export type CreateBookingInput = {
  id: string;
  customerId: string;
  vehicleId: string;
  serviceTypeId: string;
  startsAt: Date;
  issues: string;
  reason?: RecommendationReason | null | undefined;
  proposalId?: string | undefined;
  loaner?: boolean;
  source: BookingRow['source'];
  /** A family member booking for the owner's shared vehicle (customerId is then the owner). */
  bookedById?: string | null;
};

export async function createBooking(
  tx: DbOrTx,
  now: Date,
  input: CreateBookingInput,
  options = { notify: true },
): Promise<Result<Booking>> {
  const [customer] = await tx
    .select({ centerId: customers.centerId })
    .from(customers)
    .where(eq(customers.id, input.customerId));
  if (!customer) return err('not_found', 'No such customer.');
  const [vehicle] = await tx
    .select({ id: vehicles.id })
    .from(vehicles)
    .where(and(eq(vehicles.id, input.vehicleId), eq(vehicles.customerId, input.customerId)));
  if (!vehicle) return err('not_found', 'No such vehicle.');
  const center = (await getCenter(tx, customer.centerId))!;
  const type = await getServiceType(tx, center.id, input.serviceTypeId);
  if (!type) return err('not_found', 'No such service.');

  const [existing] = await tx.select().from(bookings).where(eq(bookings.id, input.id));
  if (existing) {
    // The same booking sent again from another device of the same customer: answer it as made.
    const same = existing.customerId === input.customerId && existing.startsAt.getTime() === input.startsAt.getTime();
    return same ? ok(await bookingView(tx, existing)) : err('conflict', 'A booking with this id already exists.');
  }
  if (input.proposalId) {
    const [p] = await tx
      .select()
      .from(bookingProposals)
      .where(and(eq(bookingProposals.id, input.proposalId), eq(bookingProposals.customerId, input.customerId)))
      .for('update');
    if (!p) return err('not_found', 'No such proposal.');
    if (p.status !== 'open') return err('already_decided', 'This proposal was already answered.');
  }

  // Before the day lock: the customer's row is always locked first, then the day's.
  const caps = await checkBookingCaps(tx, now, {
    ...input,
    endsAt: new Date(input.startsAt.getTime() + type.durationMinutes * 60_000),
    counted: input.source !== 'staff' && input.source !== 'demo',
  });
  if (!caps.ok) return caps;
  // A customer booking in the app sees as far ahead as their tier allows (priority booking); a
  // proposal the center made, or a staff booking, is not held to it.
  const horizon = input.source === 'app' ? await customerHorizonDays(tx, input.customerId, now) : undefined;
  if (input.loaner && !(await loanerAllowed(tx, input.customerId, now)))
    return err('invalid', 'loaner: your membership tier does not include a loaner car');
  const placed = await takeBay(tx, center, type, input.startsAt, now, undefined, horizon);
  if (!placed.ok) return placed;
  const [row] = await tx
    .insert(bookings)
    .values({
      id: input.id,
      centerId: center.id,
      customerId: input.customerId,
      vehicleId: input.vehicleId,
      serviceTypeId: type.id,
      ...placed.value,
      status: 'confirmed',
      issues: input.issues.trim(),
      loaner: input.loaner ?? false,
      advisorId: await firstAdvisor(tx, center.id),
      reason: input.reason ?? null,
      proposalId: input.proposalId ?? null,
      source: input.source,
      bookedById: input.bookedById ?? null,
      createdAt: now,
    })
    .returning();
  const booking = row!;
  if (input.proposalId) await decideProposal(tx, input.proposalId, 'accepted', now, booking.id);
  await scheduleReminders(tx, booking, now);
  const view = await publishBooking(tx, booking);
  if (options.notify) {
    await notify(tx, {
      customerId: booking.customerId,
      kind: 'booking_confirmed',
      ...confirmedMessage(await messageContext(tx, booking)),
      link: `/booking/${booking.id}`,
      at: now,
      dedupeKey: `booking:${booking.id}:confirmed`,
    });
  }
  return ok(view);
}
