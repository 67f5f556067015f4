import { eq } from 'drizzle-orm';
import { err, ok } from '@shared/errors.ts';
import type { DbOrTx } from '../db/client.ts';
import { mayBook, noAccess, ownerOf, vehicleAccess } from '../family/vehicle-access.ts';
import type { MutatorMap } from '../sync/mutators.ts';
import { cancelBooking, rescheduleBooking } from './booking-change.service.ts';
import { createBooking } from './booking-create.service.ts';
import { rememberBookingIssues } from '../remarks/remark.service.ts';
import { bookings } from './booking.table.ts';
import { acceptProposal, declineProposal } from './proposal.service.ts';

const NOT_BOOKABLE = 'Your shared access lets you see this vehicle, not book for it.';

/**
 * Whose booking this is to act on: the caller's own, or the owner's when the caller may book for a
 * vehicle shared with them. A former member's queued change is refused as `family_ended`.
 */
async function actingFor(tx: DbOrTx, customerId: string, bookingId: string) {
  const [b] = await tx.select({ vehicleId: bookings.vehicleId }).from(bookings).where(eq(bookings.id, bookingId));
  if (!b) return ok(customerId);
  const access = await vehicleAccess(tx, customerId, b.vehicleId);
  if (!access) return noAccess(tx, customerId, b.vehicleId, 'booking');
  if (!mayBook(access)) return err('family_scope', NOT_BOOKABLE);
  return ok(ownerOf(access, customerId));
}

/** The customer's booking actions, applied from the outbox push (one savepoint each). */
export const bookingMutators = {
  'booking.create': async ({ tx, customerId, now }, a) => {
    // The one access check (server/family/vehicle-access.ts): the owner books for themself, a member
    // with the book scope books in the owner's name and is recorded as who did it.
    const access = await vehicleAccess(tx, customerId, a.vehicleId);
    if (!access) return noAccess(tx, customerId, a.vehicleId);
    if (!mayBook(access)) return err('family_scope', NOT_BOOKABLE);
    const owner = ownerOf(access, customerId);
    const made = await createBooking(tx, now, {
      id: a.id,
      customerId: owner,
      bookedById: access === 'owner' ? null : customerId,
      vehicleId: a.vehicleId,
      serviceTypeId: a.serviceTypeId,
      startsAt: new Date(a.startsAt),
      issues: a.issues,
      reason: a.reason,
      proposalId: a.proposalId,
      loaner: a.loaner ?? false,
      source: a.proposalId ? 'proposal' : 'app',
    });
    // "Issues you noticed" stay with the car until an advisor answers them (remarks carried forward).
    if (made.ok)
      await rememberBookingIssues(
        tx,
        { bookingId: a.id, customerId: owner, vehicleId: a.vehicleId, issues: a.issues },
        now,
      );
    return made;
  },
  'booking.reschedule': async ({ tx, customerId, now }, a) => {
    const who = await actingFor(tx, customerId, a.id);
    return who.ok ? rescheduleBooking(tx, now, who.value, a.id, new Date(a.startsAt)) : who;
  },
  'booking.cancel': async ({ tx, customerId, now }, a) => {
    const who = await actingFor(tx, customerId, a.id);
    if (!who.ok) return who;
    const r = await cancelBooking(tx, now, who.value, a.id);
    return r.ok ? ok({ id: r.value.id, status: r.value.status }) : r;
  },
  'booking.acceptProposal': async ({ tx, customerId, now }, a) =>
    acceptProposal(tx, now, customerId, a.proposalId, a.bookingId),
  'booking.declineProposal': async ({ tx, customerId, now }, a) => declineProposal(tx, now, customerId, a.proposalId),
} satisfies MutatorMap;
