/**
 * Writes a customer-facing change into the customer's change log, in the caller's transaction.
 * Every feature that changes what a customer sees calls this in the same transaction as the change,
 * so the mirror on the device can never miss or see an uncommitted change.
 *
 * The next sequence number comes from an UPDATE of the customer's cursor row, which holds that row's
 * lock until commit: a customer's changes therefore commit in sequence order, and a pull "after N"
 * can never skip a change that was numbered earlier but committed later.
 */
import { sql } from 'drizzle-orm';
import { notifyAfterCommit } from '../db/after-commit.ts';
import type { DbOrTx } from '../db/client.ts';
import { changeLog, syncCursors } from './sync.table.ts';

export const CHANGE_CHANNEL = 'pitlane_change';

const publishing = new Set<(customerId: string) => void>();
/**
 * In-process: runs as a change is written, before its commit (customer-read-cache.ts drops the
 * customer's reads here too, so this process never answers from a read taken before its own write).
 */
export function onPublish(handler: (customerId: string) => void) {
  publishing.add(handler);
  return () => publishing.delete(handler);
}

export type PublishInput = {
  customerId: string;
  entity: string;
  id: string;
  scope?: string;
  /** The customer-facing row, or null to delete it from the device. */
  data: Record<string, unknown> | null;
  /** A copy for another customer's devices (a family member's): not fanned out again. */
  copy?: boolean;
};

/**
 * Runs after each change is written, in the same transaction: the family feature copies a shared
 * vehicle's rows to its members' logs (server/family/family-mirror.ts). Set once at start (app.ts).
 */
type FanOut = (tx: DbOrTx, input: PublishInput) => Promise<void>;
let fanOut: FanOut | null = null;
export function setFanOut(f: FanOut | null) {
  fanOut = f;
}

export async function publish(tx: DbOrTx, input: PublishInput): Promise<number> {
  const [cursor] = await tx
    .insert(syncCursors)
    .values({ customerId: input.customerId, seq: 1 })
    .onConflictDoUpdate({ target: syncCursors.customerId, set: { seq: sql`${syncCursors.seq} + 1` } })
    .returning({ seq: syncCursors.seq });
  const seq = cursor!.seq;
  for (const handler of publishing) handler(input.customerId);
  await tx.insert(changeLog).values({
    customerId: input.customerId,
    seq,
    entity: input.entity,
    entityId: input.id,
    scope: input.scope ?? '',
    op: input.data ? 'put' : 'delete',
    data: input.data,
  });
  // Sent after commit (server/db/after-commit.ts), to every process that listens (live-hub.ts).
  await notifyAfterCommit(tx, CHANGE_CHANNEL, `${input.customerId}:${seq}`);
  if (fanOut && !input.copy) await fanOut(tx, input);
  return seq;
}

/**
 * A cross-process signal on the change channel (`!topic:id`, ids only), delivered after the caller's
 * transaction commits to every process's live hub, this one included.
 */
export async function signal(tx: DbOrTx, topic: string, id: string) {
  await notifyAfterCommit(tx, CHANGE_CHANNEL, `!${topic}:${id}`);
}

export async function publishMany(tx: DbOrTx, inputs: readonly PublishInput[]) {
  for (const input of inputs) await publish(tx, input);
}
