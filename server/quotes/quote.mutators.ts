import { eq } from 'drizzle-orm';
import { err, ok } from '@shared/errors.ts';
import { customers } from '../customers/customer.table.ts';
import { noAccess, vehicleAccess } from '../family/vehicle-access.ts';
import type { MutatorMap } from '../sync/mutators.ts';
import { decideQuote } from './authorization.service.ts';
import { quotes } from './quote.table.ts';

/**
 * `quote.decide` from the app's outbox. A refusal (outdated version with what changed, already
 * decided, withdrawn) is a processed mutation: the device drops its optimistic record and shows why.
 * A family member with the book scope decides in the owner's name up to their amount, and the record
 * names them (vehicle-access.ts is the one check).
 */
export const quoteMutators = {
  'quote.decide': async ({ tx, customerId, now, userAgent }, args) => {
    const [q] = await tx.select({ vehicleId: quotes.vehicleId }).from(quotes).where(eq(quotes.id, args.quoteId));
    const access = q ? await vehicleAccess(tx, customerId, q.vehicleId) : 'owner';
    if (!access) return noAccess(tx, customerId, q!.vehicleId, 'quote');
    let actor: { customerId: string; name: string; approveLimitFen: number } | undefined;
    if (access !== 'owner') {
      if (access.scope !== 'book')
        return err('family_scope', 'Your shared access lets you see quotes, not decide them.');
      const [me] = await tx.select({ name: customers.name }).from(customers).where(eq(customers.id, customerId));
      actor = { customerId, name: me?.name ?? '', approveLimitFen: access.approveLimitFen };
    }
    const owner = access === 'owner' ? customerId : access.ownerId;
    const r = await decideQuote(tx, { ...args, customerId: owner, channel: 'app', userAgent, now, actor });
    return r.ok ? ok({ authorizationId: r.value.id, contentHash: r.value.contentHash }) : r;
  },
} satisfies MutatorMap;
