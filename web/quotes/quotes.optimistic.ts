import type { PendingDecision } from '@shared/quotes/pending-decision.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import type { EffectMap } from '../sync/optimistic.ts';

// Signed on this device: the quote shows as decided at once (marked pending). If the server refuses
// (e.g. the quote was revised meanwhile), the mutation drops out and the quote shows as it really is.
export const quoteEffects = {
  'quote.decide': (view, args, meta) => {
    const row = view.get(ENTITIES.quote, args.quoteId);
    if (row?.status !== 'sent' || row.version !== args.version) return;
    const { _pending, ...data } = row;
    const pendingDecision: PendingDecision = {
      decisions: args.decisions,
      option: args.option,
      signature: args.signature,
      packageChoice: args.packageChoice,
      at: meta.at,
    };
    view.put(ENTITIES.quote, args.quoteId, {
      ...data,
      status: 'decided',
      decidedAt: meta.at,
      authorizationId: args.authorizationId ?? null,
      pendingDecision,
    });
  },
} satisfies EffectMap;
