/**
 * Sends the oldest pending mutations, in order, in batches. Each answer marks the rows 'sent'
 * (applied; they stay in the replay until the pull brings their effect) or 'refused' with the reason
 * and whatever the server offered instead (e.g. the nearest free slots). A lost answer is harmless:
 * the rows stay pending and the server answers the re-send from its stored receipts.
 */
import * as v from 'valibot';
import { MUTATION_BATCH_MAX, PushResponseSchema } from '@shared/sync/sync.schema.ts';
import { db } from '../db/dexie.ts';
import { api } from './api.ts';

export async function pushOnce(clientId: string): Promise<{ sent: number; more: boolean }> {
  const batch = await db.outbox.where('status').equals('pending').sortBy('seq');
  const slice = batch.slice(0, MUTATION_BATCH_MAX);
  if (slice.length === 0) return { sent: 0, more: false };
  const raw = await api<unknown>('/api/sync/push', {
    json: { clientId, mutations: slice.map((m) => ({ seq: m.seq, name: m.name, args: m.args, at: m.at })) },
  });
  const res = v.parse(PushResponseSchema, raw);
  await db.transaction('rw', db.outbox, async () => {
    for (const r of res.results) {
      if (r.status === 'applied') await db.outbox.update(r.seq, { status: 'sent' });
      else await db.outbox.update(r.seq, { status: 'refused', reason: r.reason ?? 'invalid', details: r.result });
    }
  });
  return { sent: res.results.length, more: batch.length > slice.length };
}
