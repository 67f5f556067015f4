/**
 * Serves a customer's changes after a cursor: only the newest state of each (entity, id) changed since
 * then, in sequence order, a page at a time. A cursor of 0 is a full snapshot (the same query).
 */
import { and, eq, sql } from 'drizzle-orm';
import { PULL_PAGE_MAX, type Change, type PullResponse } from '@shared/sync/sync.schema.ts';
import { type Db, rowsOf } from '../db/client.ts';
import { syncClients, syncCursors } from './sync.table.ts';

type LogRow = {
  seq: string | number;
  entity: string;
  entity_id: string;
  scope: string;
  op: 'put' | 'delete';
  data: Record<string, unknown> | null;
};

export async function pull(db: Db, customerId: string, asked: number, clientId?: string): Promise<PullResponse> {
  // Read the client's processed seq BEFORE the changes: a mutation processed in between is then either
  // absent from both or reflected in the changes, never acknowledged without its effect.
  let lastMutationSeq = 0;
  if (clientId) {
    const [client] = await db
      .select({ lastSeq: syncClients.lastSeq })
      .from(syncClients)
      .where(and(eq(syncClients.clientId, clientId), eq(syncClients.customerId, customerId)));
    lastMutationSeq = client?.lastSeq ?? 0;
  }
  const [cursorRow] = await db
    .select({ seq: syncCursors.seq })
    .from(syncCursors)
    .where(eq(syncCursors.customerId, customerId));
  const head = cursorRow?.seq ?? 0;
  const reset = asked > head;
  const since = reset ? 0 : asked;
  const result: unknown = await db.execute(sql`
    select seq, entity, entity_id, scope, op, data from (
      select distinct on (entity, entity_id) seq, entity, entity_id, scope, op, data
      from change_log
      where customer_id = ${customerId} and seq > ${since} and seq <= ${head}
      order by entity, entity_id, seq desc
    ) latest
    order by seq
    limit ${PULL_PAGE_MAX + 1}`);
  const list = rowsOf<LogRow>(result);
  const hasMore = list.length > PULL_PAGE_MAX;
  const page = hasMore ? list.slice(0, PULL_PAGE_MAX) : list;
  const changes: Change[] = page.map((r) => ({
    seq: Number(r.seq),
    entity: r.entity,
    id: r.entity_id,
    scope: r.scope,
    op: r.op,
    data: r.data,
  }));
  const cursor = hasMore ? changes.at(-1)!.seq : head;
  return { cursor, lastMutationSeq, changes, hasMore, ...(reset ? { reset } : {}) };
}
