/**
 * Applies a batch of one client's mutations exactly once (docs/sync.md rules 2 and 3).
 *
 * One transaction per batch: lock the client's row, skip what is already recorded (answering with the
 * stored result), apply each new mutation in a savepoint, record its receipt — applied or refused with
 * a reason — and advance last_seq. A gap (seq beyond last_seq + 1) stops the batch with out_of_order
 * and the expected number.
 *
 * No poison batches: a mutation that can never apply (bad args, a value the database refuses with
 * SQLSTATE class 22 or 23) is a refusal of that mutation alone, recorded like any other, and the batch
 * goes on. Only what may pass on a retry (a lost connection, a timeout, a deadlock) is thrown and rolls
 * back the whole batch, which the client sends again. The same (client, seq) sent again always gets
 * the first answer; sent again with another name or other args it is refused as a conflict and the
 * first receipt stays as it was.
 */
import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { err, ok, type Err, type Result } from '@shared/errors.ts';
import type { MutationResult, PushRequest, PushResponse } from '@shared/sync/sync.schema.ts';
import type { Db } from '../db/client.ts';
import type { AppDeps } from '../http/context.ts';
import { classifyDbError } from '../http/db-errors.ts';
import { runMutator } from './mutators.ts';
import { syncClients, syncMutations } from './sync.table.ts';

class Refusal extends Error {
  constructor(readonly refusal: Err) {
    super(refusal.code);
  }
}

/** JSON with sorted keys: the same args hash the same however a device ordered their keys. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, item]) => `${JSON.stringify(k)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const argsHash = (args: unknown) => createHash('sha256').update(canonical(args)).digest('hex');

/** A thrown database error caused by the mutation's own values: it would fail the same way every time. */
function permanent(e: unknown): Err | null {
  const db = classifyDbError(e);
  if (db?.kind !== 'request') return null;
  return {
    ok: false,
    code: db.code,
    message: db.code === 'invalid' ? 'A value cannot be stored.' : 'This conflicts with existing data.',
  };
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
    const bySeq = new Map(stored.map((r) => [r.seq, r]));
    const results: MutationResult[] = [];
    const answered = new Set<number>();
    for (const m of sorted) {
      const r = bySeq.get(m.seq);
      if (!r || answered.has(m.seq)) continue;
      answered.add(m.seq);
      // Another mutation under a used number (a device restored from an old backup, a buggy client).
      if (r.name !== m.name || (r.argsHash !== null && r.argsHash !== argsHash(m.args))) {
        results.push({ seq: m.seq, status: 'refused', reason: 'conflict', result: { firstName: r.name } });
        continue;
      }
      results.push({
        seq: r.seq,
        status: r.status,
        ...(r.reason ? { reason: r.reason as MutationResult['reason'] } : {}),
        ...(r.result === null ? {} : { result: r.result }),
      });
    }

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
        if (e instanceof Refusal) outcome = e.refusal;
        else outcome = permanent(e) ?? rethrow(e);
      }
      const row = outcome.ok
        ? { status: 'applied' as const, reason: null, result: (outcome.value ?? null) as object | null }
        : { status: 'refused' as const, reason: outcome.code, result: outcome.details ?? null };
      await tx.insert(syncMutations).values({
        clientId: request.clientId,
        seq: m.seq,
        name: m.name,
        argsHash: argsHash(m.args),
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

function rethrow(e: unknown): never {
  throw e;
}
