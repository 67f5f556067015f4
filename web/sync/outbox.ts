/**
 * Queues a customer action. The mutation is validated with the shared schema, numbered with the
 * device's next sequence number and written to the outbox in ONE Dexie transaction, so it is never
 * half-queued; its optimistic effect shows at once through the live reads (records.ts). The leader
 * tab delivers it (engine.ts); other tabs only write here.
 */
import * as v from 'valibot';
import { MUTATIONS, type MutationArgs, type MutationName } from '@shared/sync/mutations.ts';
import { findUnstorable, TEXT_MESSAGE } from '@shared/schema/text.ts';
import { db } from '../db/dexie.ts';
import { createLive } from '../db/live.ts';
import { pokeLeader } from './leader.ts';

export class InvalidMutationError extends Error {
  override name = 'InvalidMutationError';
}

export async function enqueue<N extends MutationName>(name: N, args: MutationArgs<N>): Promise<number> {
  const parsed = v.safeParse(MUTATIONS[name], args);
  if (!parsed.success)
    throw new InvalidMutationError(`${name}: ${v.getDotPath(parsed.issues[0]) ?? 'args'} ${parsed.issues[0].message}`);
  const bad = findUnstorable(parsed.output);
  if (bad) throw new InvalidMutationError(`${name}: ${bad} ${TEXT_MESSAGE}`);
  const seq = await db.transaction('rw', db.meta, db.outbox, async () => {
    const next = ((await db.meta.get('nextSeq'))?.value as number | undefined) ?? 1;
    await db.meta.put({ key: 'nextSeq', value: next + 1 });
    await db.outbox.add({ seq: next, name, args: parsed.output, at: new Date().toISOString(), status: 'pending' });
    return next;
  });
  pokeLeader();
  return seq;
}

export type MutationState = { status: 'pending' | 'synced' | 'refused'; reason?: string; details?: unknown };

/** The state of one queued mutation: pending until the server's effect is in the mirror, then synced. */
export function liveMutation(seq: () => number | undefined) {
  return createLive(async (s: number): Promise<MutationState> => {
    const row = await db.outbox.get(s);
    if (!row) return { status: 'synced' };
    if (row.status === 'refused') return { status: 'refused', reason: row.reason, details: row.details };
    return { status: 'pending' };
  }, seq);
}

/** Refused mutations the customer has not dismissed yet, newest first. */
export const liveRefusals = () =>
  createLive(async () => (await db.outbox.where('status').equals('refused').toArray()).reverse());
export const livePendingCount = () => createLive(() => db.outbox.where('status').anyOf('pending', 'sent').count());
export const dismissRefusal = (seq: number) => db.outbox.delete(seq);
