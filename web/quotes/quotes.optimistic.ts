import type { DecideQuoteArgs } from '@shared/quotes/decide-args.schema.ts';
import type { QuoteView } from '@shared/quotes/quote-view.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { registerOptimistic } from '../sync/optimistic.ts';

/** What the device shows of a signed decision until the server's record arrives. */
export type PendingDecision = Pick<DecideQuoteArgs, 'decisions' | 'option' | 'signature' | 'packageChoice'> & {
  at: string;
};

// Signed on this device: the quote shows as decided at once (marked pending). If the server refuses
// (e.g. the quote was revised meanwhile), the mutation drops out and the quote shows as it really is.
registerOptimistic<DecideQuoteArgs>('quote.decide', (view, args, meta) => {
  const row = view.get(ENTITIES.quote, args.quoteId) as (QuoteView & { _pending?: number }) | undefined;
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
});
