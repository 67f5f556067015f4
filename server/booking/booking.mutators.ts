import { ok } from '@shared/errors.ts';
import type { MutatorMap } from '../sync/mutators.ts';
import { cancelBooking, rescheduleBooking } from './booking-change.service.ts';
import { createBooking } from './booking-create.service.ts';
import { acceptProposal, declineProposal } from './proposal.service.ts';

/** The customer's booking actions, applied from the outbox push (one savepoint each). */
export const bookingMutators: MutatorMap = {
  'booking.create': async ({ tx, customerId, now }, a) =>
    createBooking(tx, now, {
      id: a.id,
      customerId,
      vehicleId: a.vehicleId,
      serviceTypeId: a.serviceTypeId,
      startsAt: new Date(a.startsAt),
      issues: a.issues,
      reason: a.reason,
      proposalId: a.proposalId,
      source: a.proposalId ? 'proposal' : 'app',
    }),
  'booking.reschedule': async ({ tx, customerId, now }, a) =>
    rescheduleBooking(tx, now, customerId, a.id, new Date(a.startsAt)),
  'booking.cancel': async ({ tx, customerId, now }, a) => {
    const r = await cancelBooking(tx, now, customerId, a.id);
    return r.ok ? ok({ id: r.value.id, status: r.value.status }) : r;
  },
  'booking.acceptProposal': async ({ tx, customerId, now }, a) =>
    acceptProposal(tx, now, customerId, a.proposalId, a.bookingId),
  'booking.declineProposal': async ({ tx, customerId, now }, a) => declineProposal(tx, now, customerId, a.proposalId),
};
