import { ENTITIES } from '@shared/sync/entities.ts';
import type { EffectMap } from '../sync/optimistic.ts';

export const bookingEffects = {
  'booking.create': (view, a, meta) => {
    view.put(
      ENTITIES.booking,
      a.id,
      {
        id: a.id,
        vehicleId: a.vehicleId,
        serviceTypeId: a.serviceTypeId,
        startsAt: a.startsAt,
        issues: a.issues,
        status: 'confirmed',
        reason: a.reason ?? null,
        proposalId: a.proposalId ?? null,
        createdAt: meta.at,
        cancelledAt: null,
      },
      a.vehicleId,
    );
    const proposal = a.proposalId ? view.get(ENTITIES.bookingProposal, a.proposalId) : undefined;
    if (proposal)
      view.put(ENTITIES.bookingProposal, a.proposalId!, { ...proposal, status: 'accepted', bookingId: a.id });
  },

  'booking.reschedule': (view, a) => {
    const row = view.get(ENTITIES.booking, a.id);
    if (!row) return;
    const length = row.endsAt
      ? new Date(row.endsAt as string).getTime() - new Date(row.startsAt as string).getTime()
      : 0;
    const endsAt = length ? new Date(new Date(a.startsAt).getTime() + length).toISOString() : undefined;
    // The recommendation's reason described the old time (the server drops it too).
    view.put(ENTITIES.booking, a.id, { ...row, startsAt: a.startsAt, reason: null, ...(endsAt ? { endsAt } : {}) });
  },

  'booking.cancel': (view, a, meta) => {
    const row = view.get(ENTITIES.booking, a.id);
    if (row) view.put(ENTITIES.booking, a.id, { ...row, status: 'cancelled', cancelledAt: meta.at });
  },

  'booking.acceptProposal': (view, a) => {
    const row = view.get(ENTITIES.bookingProposal, a.proposalId);
    if (row) view.put(ENTITIES.bookingProposal, a.proposalId, { ...row, status: 'accepted', bookingId: a.bookingId });
  },

  'booking.declineProposal': (view, a) => {
    const row = view.get(ENTITIES.bookingProposal, a.proposalId);
    if (row) view.put(ENTITIES.bookingProposal, a.proposalId, { ...row, status: 'declined' });
  },
} satisfies EffectMap;
