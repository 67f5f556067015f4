/**
 * Pulls the customer's changes since the stored cursor and applies them in ONE Dexie transaction
 * with the cursor and the outbox clean-up: mutations the server has processed (up to
 * lastMutationSeq) and whose answer we have ('sent') leave the outbox exactly when their effect
 * arrives, so the screen never flickers back to the old state (docs/sync.md rule 5). Rows pass their
 * entity's schema first (mirror-row.ts).
 */
import * as v from 'valibot';
import { PullResponseSchema } from '@shared/sync/sync.schema.ts';
import { db, getMeta } from '../db/dexie.ts';
import { call, client } from './client.ts';
import { mirrorRow } from './mirror-row.ts';

export async function pullOnce(clientId: string): Promise<{ changes: number; hasMore: boolean }> {
  const since = (await getMeta<number>('cursor')) ?? 0;
  const raw = await call(client.sync.pull.$get({ query: { since: String(since), clientId } }));
  const res = v.parse(PullResponseSchema, raw);
  await db.transaction('rw', db.records, db.outbox, db.meta, async () => {
    if (((await getMeta<number>('cursor')) ?? 0) !== since) return; // another pull got here first
    if (res.reset) await db.records.clear();
    for (const c of res.changes) {
      if (c.op === 'delete' || !c.data) {
        await db.records.delete([c.entity, c.id]);
        continue;
      }
      const row = mirrorRow(c);
      if (row) await db.records.put(row);
    }
    await db.outbox
      .where('seq')
      .belowOrEqual(res.lastMutationSeq)
      .and((m) => m.status === 'sent')
      .delete();
    await db.meta.put({ key: 'cursor', value: res.cursor });
    await db.meta.put({ key: 'lastSyncAt', value: new Date().toISOString() });
  });
  return { changes: res.changes.length, hasMore: res.hasMore };
}

export async function pullAll(clientId: string) {
  for (let i = 0; i < 100; i++) {
    const r = await pullOnce(clientId);
    if (!r.hasMore) return;
  }
}
