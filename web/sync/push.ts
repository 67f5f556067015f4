/**
 * Sends the oldest pending mutations, in order, in batches. Each answer marks the rows 'sent'
 * (applied; they stay in the replay until the pull brings their effect) or 'refused' with the reason
 * and whatever the server offered instead (e.g. the nearest free slots). A lost answer is harmless:
 * the rows stay pending and the server answers the re-send from its stored receipts.
 *
 * A refused row leaves the queue (its optimistic effect drops out of the replay and the status line
 * says why, in words); only transient failures (no network, 5xx, 429) are thrown for the engine to
 * retry with backoff. A batch the server refuses as a whole (400, 413: a mutation that cannot even be
 * read) is halved until the one mutation at fault is found; its number is then sent as a void
 * mutation, which the server records as refused so the sequence goes on, and the row is refused here.
 * So one poison mutation never holds up the ones queued behind it.
 */
import * as v from 'valibot';
import { MUTATION_BATCH_MAX, PushResponseSchema } from '@shared/sync/sync.schema.ts';
import { db } from '../db/dexie.ts';
import { ApiError } from './api.ts';
import { call, client } from './client.ts';

const WHOLE_BATCH_REFUSALS = new Set([400, 413]);
/** No such mutation: the server refuses it (invalid) and counts its number as used. */
const VOID_MUTATION = 'sync.void';

export async function pushOnce(clientId: string): Promise<{ sent: number; more: boolean }> {
  const batch = await db.outbox.where('status').equals('pending').sortBy('seq');
  if (batch.length === 0) return { sent: 0, more: false };
  let size = Math.min(MUTATION_BATCH_MAX, batch.length);
  for (;;) {
    const slice = batch.slice(0, size);
    let raw: unknown;
    try {
      raw = await call(
        client.sync.push.$post({
          json: { clientId, mutations: slice.map((m) => ({ seq: m.seq, name: m.name, args: m.args, at: m.at })) },
        }),
      );
    } catch (e) {
      if (!(e instanceof ApiError) || !WHOLE_BATCH_REFUSALS.has(e.status)) throw e;
      if (size > 1) {
        size = Math.ceil(size / 2);
        continue;
      }
      const seq = slice[0]!.seq;
      await call(
        client.sync.push.$post({
          json: { clientId, mutations: [{ seq, name: VOID_MUTATION, args: null, at: new Date().toISOString() }] },
        }),
      );
      await db.outbox.update(seq, { status: 'refused', reason: e.status === 413 ? 'too_large' : 'invalid' });
      return { sent: 1, more: batch.length > 1 };
    }
    const res = v.parse(PushResponseSchema, raw);
    await db.transaction('rw', db.outbox, async () => {
      for (const r of res.results) {
        if (r.status === 'applied') await db.outbox.update(r.seq, { status: 'sent' });
        else await db.outbox.update(r.seq, { status: 'refused', reason: r.reason ?? 'invalid', details: r.result });
      }
    });
    return { sent: res.results.length, more: batch.length > slice.length };
  }
}
