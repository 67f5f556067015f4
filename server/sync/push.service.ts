/**
 * Applies a batch of one client's mutations exactly once (SYNC.md rules 2 and 3).
 *
 * One transaction per batch: lock the client's row, skip what is already recorded (answering with the
 * stored result), apply each new mutation in a savepoint, record its receipt — applied or refused with
 * a reason — and advance last_seq. A gap (seq beyond last_seq + 1) stops the batch with out_of_order
 * and the expected number. Anything thrown rolls back the whole batch, and the client sends it again.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { err, ok, type Err, type Result } from '@shared/errors.ts';
import type { MutationResult, PushRequest, PushResponse } from '@shared/sync/sync.schema.ts';
import type { Db } from '../db/client.ts';
import type { AppDeps } from '../http/context.ts';
import { runMutator } from './mutators.ts';
import { syncClients, syncMutations } from './sync.table.ts';

class Refusal extends Error {
  constructor(readonly refusal: Err) {
    super(refusal.code);
  }
}

export async function push(
  db: Db,
  deps: AppDeps,
  customerId: string,
  request: PushRequest,
  userAgent: string | undefined,
): Promise<Result<PushResponse>> {
  const now = deps.clock.now();
  return db.transaction(async (tx) => {
    await tx.insert(syncClients).values({ clientId: request.clientId, customerId }).onConflictDoNothing();
    const [client] = await tx
      .select()
      .from(syncClients)
      .where(eq(syncClients.clientId, request.clientId))
      .for('update');
    // A client id belongs to one customer: another customer's device id is simply not found.
    if (!client || client.customerId !== customerId) return err('not_found', 'Unknown client.');

    const sorted = [...request.mutations].sort((a, b) => a.seq - b.seq);
    const seen = sorted.filter((m) => m.seq <= client.lastSeq).map((m) => m.seq);
    const stored = seen.length
      ? await tx
          .select()
          .from(syncMutations)
          .where(and(eq(syncMutations.clientId, request.clientId), inArray(syncMutations.seq, seen)))
      : [];
    const results: MutationResult[] = stored.map((r) => ({
      seq: r.seq,
      status: r.status,
      ...(r.reason ? { reason: r.reason as MutationResult['reason'] } : {}),
      ...(r.result === null ? {} : { result: r.result }),
    }));

    let lastSeq = client.lastSeq;
    for (const m of sorted) {
      if (m.seq <= lastSeq) continue;
      if (m.seq !== lastSeq + 1) break; // a gap: process what came in order, report the expected seq
      const ctx = { customerId, clientId: request.clientId, now, deps, userAgent };
      let outcome: Result<unknown>;
      try {
        outcome = await tx.transaction(async (sp) => {
          const r = await runMutator({ ...ctx, tx: sp }, m.name, m.args);
          if (!r.ok) throw new Refusal(r); // roll back the savepoint, keep the batch
          return r;
        });
      } catch (e) {
        if (!(e instanceof Refusal)) throw e;
        outcome = e.refusal;
      }
      const row = outcome.ok
        ? { status: 'applied' as const, reason: null, result: (outcome.value ?? null) as object | null }
        : { status: 'refused' as const, reason: outcome.code, result: outcome.details ?? null };
      await tx.insert(syncMutations).values({
        clientId: request.clientId,
        seq: m.seq,
        name: m.name,
        ...row,
        clientAt: new Date(m.at),
        processedAt: now,
      });
      results.push({
        seq: m.seq,
        status: row.status,
        ...(row.reason ? { reason: row.reason } : {}),
        ...(row.result === null ? {} : { result: row.result }),
      });
      lastSeq = m.seq;
    }
    await tx.update(syncClients).set({ lastSeq, lastSeenAt: now }).where(eq(syncClients.clientId, request.clientId));

    const expected = lastSeq + 1;
    const gap = sorted.some((m) => m.seq > lastSeq);
    if (gap && results.length === 0) return err('out_of_order', `Expected mutation ${expected}.`, { expected });
    return ok({ lastSeq, results: results.sort((a, b) => a.seq - b.seq) });
  });
}
