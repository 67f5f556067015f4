/**
 * Next visit proposed by staff ("brake check in 3 months"): the customer sees it as a proposal and
 * accepts it with one tap (it becomes a booking at the suggested time, through the same capacity
 * lock as any booking) or declines it.
 */
import { and, eq } from 'drizzle-orm';
import type { Booking, BookingProposal } from '@shared/booking/booking.schema.ts';
import type { ProposeVisit } from '@shared/booking/staff-booking.schema.ts';
import { err, ok, type Result } from '@shared/errors.ts';
import type { DbOrTx } from '../db/client.ts';
import { notify } from '../notifications/notify.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { proposalMessage } from './booking.messages.ts';
import { createBooking } from './booking-create.service.ts';
import { bookingProposals } from './booking.table.ts';
import { alternativesFor, getCenter, getServiceType, nearestFreeSlot } from './capacity.service.ts';
import { messageContext } from './message-context.ts';
import { decideProposal, proposalView, publishProposal } from './proposal.view.ts';

export async function proposeVisit(
  tx: DbOrTx,
  now: Date,
  by: { staffId: string; centerId: string },
  input: ProposeVisit,
): Promise<Result<BookingProposal>> {
  const [vehicle] = await tx
    .select({ id: vehicles.id })
    .from(vehicles)
    .where(and(eq(vehicles.id, input.vehicleId), eq(vehicles.customerId, input.customerId)));
  if (!vehicle) return err('not_found', 'No such vehicle for this customer.');
  const type = await getServiceType(tx, by.centerId, input.serviceTypeId);
  if (!type) return err('not_found', 'No such service.');
  const wanted = new Date(input.suggestedStartsAt);
  if (wanted <= now) return err('invalid', 'suggestedStartsAt must be in the future.');
  // Suggest a time that can really be booked (on the grid, open, free now), so one tap books it.
  const center = (await getCenter(tx, by.centerId))!;
  const slot = await nearestFreeSlot(tx, center, type.durationMinutes, wanted, now);
  const suggestedStartsAt = slot ? new Date(slot.startsAt) : wanted;
  const [row] = await tx
    .insert(bookingProposals)
    .values({ ...input, suggestedStartsAt, centerId: by.centerId, proposedBy: by.staffId, createdAt: now })
    .returning();
  const view = await publishProposal(tx, row!);
  await notify(tx, {
    customerId: input.customerId,
    kind: 'booking_proposal',
    ...proposalMessage(await messageContext(tx, { ...row!, startsAt: suggestedStartsAt }), input.note),
    link: `/booking?proposal=${row!.id}`,
    at: now,
    dedupeKey: `proposal:${row!.id}`,
  });
  return ok(view);
}

async function ownedProposal(tx: DbOrTx, customerId: string, id: string) {
  const [p] = await tx
    .select()
    .from(bookingProposals)
    .where(and(eq(bookingProposals.id, id), eq(bookingProposals.customerId, customerId)));
  return p ?? null;
}

/** One tap: book the suggested time. Taken meanwhile → slot_taken with the nearest free times. */
export async function acceptProposal(
  tx: DbOrTx,
  now: Date,
  customerId: string,
  proposalId: string,
  bookingId: string,
): Promise<Result<Booking>> {
  const p = await ownedProposal(tx, customerId, proposalId);
  if (!p) return err('not_found', 'No such proposal.');
  if (p.status !== 'open') return err('already_decided', 'This proposal was already answered.');
  const booked = await createBooking(tx, now, {
    id: bookingId,
    customerId,
    vehicleId: p.vehicleId,
    serviceTypeId: p.serviceTypeId,
    startsAt: p.suggestedStartsAt,
    issues: p.note,
    proposalId: p.id,
    source: 'proposal',
  });
  if (booked.ok || booked.code !== 'invalid') return booked;
  // The suggested time cannot be booked as it is (off the grid, too far ahead): offer the nearest.
  const center = (await getCenter(tx, p.centerId))!;
  const type = (await getServiceType(tx, p.centerId, p.serviceTypeId))!;
  const alternatives = await alternativesFor(tx, center, type.durationMinutes, p.suggestedStartsAt, now);
  return err('slot_taken', 'The suggested time cannot be booked; here are the nearest free times.', { alternatives });
}

export async function declineProposal(
  tx: DbOrTx,
  now: Date,
  customerId: string,
  proposalId: string,
): Promise<Result<BookingProposal>> {
  const p = await ownedProposal(tx, customerId, proposalId);
  if (!p) return err('not_found', 'No such proposal.');
  if (p.status === 'declined') return ok(await proposalView(tx, p));
  if (p.status !== 'open') return err('already_decided', 'This proposal was already accepted.');
  return ok((await decideProposal(tx, p.id, 'declined', now))!);
}
