/**
 * Type-level tests of the contracts between the layers, checked by `npm run typecheck` (tsc), never
 * run. Each `@ts-expect-error` line must fail to compile; if a change makes it compile, tsc reports
 * the unused directive and the typecheck fails.
 */
import type { MutationArgs } from '@shared/sync/mutations.ts';
import { type AllMutators, type MutatorMap, SERVER_MUTATORS } from '../../server/sync/mutators.ts';
import { OPTIMISTIC } from '../../web/app/optimistic-effects.ts';
import type { AllEffects, EffectMap } from '../../web/sync/optimistic.ts';
import { call, client } from '../../web/sync/client.ts';

// --- The mutation map: every name in shared/sync/mutations.ts has a server mutator and an effect.

SERVER_MUTATORS satisfies AllMutators;
OPTIMISTIC satisfies AllEffects;

const { 'booking.cancel': _noMutator, ...mutatorsWithoutCancel } = SERVER_MUTATORS;
// @ts-expect-error a mutation without its server mutator fails tsc
mutatorsWithoutCancel satisfies AllMutators;

const { 'quote.decide': _noEffect, ...effectsWithoutDecide } = OPTIMISTIC;
// @ts-expect-error a mutation without its optimistic effect fails tsc
effectsWithoutDecide satisfies AllEffects;

// A feature's mutator gets its args typed from the shared schema, and an unknown name is refused.
({
  'booking.cancel': async (_ctx, args) => {
    args.id satisfies string;
    // @ts-expect-error booking.cancel's args have no startsAt
    args.startsAt;
    return { ok: true, value: null };
  },
}) satisfies MutatorMap;
({
  // @ts-expect-error no such mutation
  'booking.delete': async () => ({ ok: true, value: null }),
}) satisfies MutatorMap;
({
  // @ts-expect-error an effect's args are the mutation's args: a cancel has no startsAt to read
  'booking.cancel': (_view, args: MutationArgs<'booking.reschedule'>) => void args.startsAt,
}) satisfies EffectMap;

// --- The typed API client: a route's body is the server's schema, so a wrong body fails tsc.

async function _typedClient() {
  // The right body compiles, and the answer's type is the handler's c.json().
  const sent = await call(client.auth.code.$post({ json: { phone: '13800138000' } }));
  sent.expiresInSeconds satisfies number;
  const me = await call(client.auth.verify.$post({ json: { phone: '13800138000', code: '123456' } }));
  me.kind satisfies 'customer';
  // @ts-expect-error the answer to sending a code has no session in it
  sent.kind;
}
void _typedClient;
// @ts-expect-error the phone is a string, not a number
void client.auth.code.$post({ json: { phone: 123 } });
// @ts-expect-error a pull's since is a query string, and the route needs it
void client.sync.pull.$get({ query: {} });

// --- Mirrored rows: a read is typed by its entity's schema, and an effect must put a whole row.

import type { ViewRow } from '../../web/sync/optimistic.ts';
import { liveRecords } from '../../web/sync/records.ts';

function _typedRows() {
  const quotes = liveRecords('quote');
  quotes()?.[0]?.version satisfies number | undefined;
  // @ts-expect-error a quote row has no plate
  quotes()?.[0]?.plate;
  // @ts-expect-error no such entity
  liveRecords('hovercraft');
}
void _typedRows;
({
  'notifications.markRead': (view, args, meta) => {
    const row = view.get('notification', args.ids[0]!);
    if (row) view.put('notification', row.id, { ...row, readAt: meta.at });
    // @ts-expect-error an effect cannot put half a row
    view.put('notification', 'x', { readAt: meta.at });
  },
}) satisfies EffectMap;
export type _PendingKeys = ViewRow<'delivery'>['pendingKeys'];

// --- The approval page's calls: its body is the link route's schema.

import { linkClient } from '../../web/app/link-client.ts';

const decideRoute = linkClient['quote-link'][':quoteId'][':token'].decide;
const linkParam = { quoteId: '00000000-0000-4000-8000-000000000000', token: 'x'.repeat(49) };
void decideRoute.$post({ param: linkParam, json: { version: 1, signature: { kind: 'typed', name: '张伟' } } });
// @ts-expect-error a decision without a signature fails tsc
void decideRoute.$post({ param: linkParam, json: { version: 1 } });
// @ts-expect-error the version is a number, not a string
void decideRoute.$post({ param: linkParam, json: { version: '1', signature: { kind: 'typed', name: '张伟' } } });
void decideRoute.$post({
  // @ts-expect-error the route needs its token
  param: { quoteId: linkParam.quoteId },
  json: { version: 1, signature: { kind: 'typed', name: '张伟' } },
});
