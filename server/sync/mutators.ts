/**
 * The server side of every customer mutation, in one typed map. Each feature exports its mutators
 * (`satisfies MutatorMap`, in server/<feature>/<feature>.mutators.ts); SERVER_MUTATORS composes them
 * and `satisfies` the full list in shared/sync/mutations.ts, so a mutation without a mutator fails tsc.
 *
 * A mutator runs inside the push transaction (a savepoint per mutation) after its args passed the
 * same shared schema the web validated with. An expected failure returns a coded Err, which the push
 * records as a refusal; a thrown error is an infrastructure fault and rolls back the whole batch.
 */
import * as v from 'valibot';
import { err, type Result } from '@shared/errors.ts';
import { isMutationName, MUTATIONS, type MutationArgs, type MutationName } from '@shared/sync/mutations.ts';
import { findUnstorable, TEXT_MESSAGE } from '@shared/schema/text.ts';
import { billingMutators } from '../billing/billing.mutators.ts';
import { bookingMutators } from '../booking/booking.mutators.ts';
import type { Tx } from '../db/client.ts';
import { healthRecordMutators } from '../health-record/health-record.mutators.ts';
import type { AppDeps } from '../http/context.ts';
import { notificationMutators } from '../notifications/notification.mutators.ts';
import { quoteMutators } from '../quotes/quote.mutators.ts';
import { referralMutators } from '../referral/referral.mutators.ts';
import { preferencesMutators } from '../settings/preferences.mutators.ts';
import { deliveryMutators } from '../timeline/delivery.mutators.ts';
import { surveyMutators } from '../surveys/survey.mutators.ts';

export type MutatorCtx = {
  tx: Tx;
  customerId: string;
  clientId: string;
  now: Date;
  deps: AppDeps;
  userAgent: string | undefined;
};
export type Mutator<N extends MutationName> = (ctx: MutatorCtx, args: MutationArgs<N>) => Promise<Result<unknown>>;
/** A feature's share of the map: `export const xMutators = { ... } satisfies MutatorMap`. */
export type MutatorMap = { [N in MutationName]?: Mutator<N> };
export type AllMutators = { [N in MutationName]: Mutator<N> };

export const SERVER_MUTATORS = {
  ...preferencesMutators,
  ...healthRecordMutators,
  ...notificationMutators,
  ...bookingMutators,
  ...deliveryMutators,
  ...quoteMutators,
  ...referralMutators,
  ...surveyMutators,
  ...billingMutators,
} satisfies AllMutators;

export async function runMutator(ctx: MutatorCtx, name: string, rawArgs: unknown): Promise<Result<unknown>> {
  if (!isMutationName(name)) return err('invalid', `Unknown mutation ${name}.`);
  return run(ctx, name, rawArgs);
}

// Generic over the name so the parsed args and the mutator agree without a cast.
function run<N extends MutationName>(ctx: MutatorCtx, name: N, rawArgs: unknown): Promise<Result<unknown>> {
  const parsed = v.safeParse(MUTATIONS[name], rawArgs);
  if (!parsed.success)
    return Promise.resolve(err('invalid', `${v.getDotPath(parsed.issues[0]) ?? 'args'}: ${parsed.issues[0].message}`));
  // Text PostgreSQL cannot store (NUL, lone surrogates) anywhere in the args is invalid input.
  const bad = findUnstorable(parsed.output);
  if (bad) return Promise.resolve(err('invalid', `${bad}: ${TEXT_MESSAGE}`));
  const mutators: AllMutators = SERVER_MUTATORS;
  const mutator: Mutator<N> = mutators[name];
  return mutator(ctx, parsed.output);
}
