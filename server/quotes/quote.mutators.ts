import { ok } from '@shared/errors.ts';
import type { MutatorMap } from '../sync/mutators.ts';
import { decideQuote } from './authorization.service.ts';

/**
 * `quote.decide` from the app's outbox. A refusal (outdated version with what changed, already
 * decided, withdrawn) is a processed mutation: the device drops its optimistic record and shows why.
 */
export const quoteMutators: MutatorMap = {
  'quote.decide': async ({ tx, customerId, now, userAgent }, args) => {
    const r = await decideQuote(tx, { ...args, customerId, channel: 'app', userAgent, now });
    return r.ok ? ok({ authorizationId: r.value.id, contentHash: r.value.contentHash }) : r;
  },
};
