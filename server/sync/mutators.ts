/**
 * The server side of every customer mutation: validate the args with the shared schema, then apply
 * inside the push transaction (a savepoint per mutation). An expected failure returns a coded Err,
 * which the push records as a refusal; a thrown error is an infrastructure fault and rolls back all.
 * Features register their mutators in server/app.ts through `registerMutators`.
 */
import * as v from 'valibot';
import { err, type Result } from '@shared/errors.ts';
import { MUTATIONS, type MutationArgs, type MutationName } from '@shared/sync/mutations.ts';
import type { Tx } from '../db/client.ts';
import type { AppDeps } from '../http/context.ts';

export type MutatorCtx = {
  tx: Tx;
  customerId: string;
  clientId: string;
  now: Date;
  deps: AppDeps;
  userAgent: string | undefined;
};
export type Mutator<N extends MutationName> = (ctx: MutatorCtx, args: MutationArgs<N>) => Promise<Result<unknown>>;
export type MutatorMap = { [N in MutationName]?: Mutator<N> };

const registry: MutatorMap = {};

export function registerMutators(map: MutatorMap) {
  Object.assign(registry, map);
}

export async function runMutator(ctx: MutatorCtx, name: string, rawArgs: unknown): Promise<Result<unknown>> {
  if (!(name in MUTATIONS)) return err('invalid', `Unknown mutation ${name}.`);
  const key = name as MutationName;
  const mutator = registry[key] as Mutator<MutationName> | undefined;
  if (!mutator) return err('invalid', `Mutation ${name} is not available.`);
  const parsed = v.safeParse(MUTATIONS[key], rawArgs);
  if (!parsed.success)
    return err('invalid', `${v.getDotPath(parsed.issues[0]) ?? 'args'}: ${parsed.issues[0].message}`);
  return mutator(ctx, parsed.output as MutationArgs<MutationName>);
}
