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
import type { DbOrTx } from '../db/client.ts';
import { changeLog, syncCursors } from './sync.table.ts';

export const CHANGE_CHANNEL = 'pitlane_change';

export type PublishInput = {
  customerId: string;
  entity: string;
  id: string;
  scope?: string;
  /** The customer-facing row, or null to delete it from the device. */
  data: Record<string, unknown> | null;
};

export async function publish(tx: DbOrTx, input: PublishInput): Promise<number> {
  const [cursor] = await tx
    .insert(syncCursors)
    .values({ customerId: input.customerId, seq: 1 })
    .onConflictDoUpdate({ target: syncCursors.customerId, set: { seq: sql`${syncCursors.seq} + 1` } })
    .returning({ seq: syncCursors.seq });
  const seq = cursor!.seq;
  await tx.insert(changeLog).values({
    customerId: input.customerId,
    seq,
    entity: input.entity,
    entityId: input.id,
    scope: input.scope ?? '',
    op: input.data ? 'put' : 'delete',
    data: input.data,
  });
  // Delivered by PostgreSQL only after commit, to every process that listens (server/sync/live-hub.ts).
  await tx.execute(sql`select pg_notify(${CHANGE_CHANNEL}, ${`${input.customerId}:${seq}`})`);
  return seq;
}

export async function publishMany(tx: DbOrTx, inputs: readonly PublishInput[]) {
  for (const input of inputs) await publish(tx, input);
}
