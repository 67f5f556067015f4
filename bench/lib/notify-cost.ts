/**
 * What the NOTIFY in publish() costs a committing push on PostgreSQL: `workers` connections, each for
 * its own customer (no row contention), commit publish()-shaped transactions (bump the cursor, insert
 * the change) for `seconds`, with and without `pg_notify` in the transaction. NOTIFY takes a
 * database-wide lock at commit, so the difference is the serialisation it adds.
 */
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';

type Mode = 'none' | 'in-transaction' | 'after-commit';

async function run(url: string, customers: string[], seconds: number, mode: Mode) {
  const sql = postgres(url, { max: customers.length + 1, onnotice: () => {} });
  let commits = 0;
  // After commit: one notifier sends what committed meanwhile in one statement (one NOTIFY transaction).
  let queued: string[] = [];
  let sending: Promise<void> | null = null;
  const flush = () => {
    if (sending || queued.length === 0) return;
    const batch = queued;
    queued = [];
    sending = sql`select pg_notify('pitlane_change', p) from unnest(${batch}::text[]) p`.then(() => {
      sending = null;
      flush();
    });
  };
  const until = performance.now() + seconds * 1000;
  try {
    await Promise.all(
      customers.map(async (customerId) => {
        while (performance.now() < until) {
          await sql
            .begin(async (tx) => {
              const [c] = await tx<{ seq: number }[]>`
              insert into sync_cursor (customer_id, seq) values (${customerId}, 1)
              on conflict (customer_id) do update set seq = sync_cursor.seq + 1 returning seq`;
              await tx`insert into change_log (customer_id, seq, entity, entity_id, scope, op, data)
              values (${customerId}, ${c!.seq}, 'bench', ${randomUUID()}, '', 'put', ${sql.json({ n: c!.seq })})`;
              if (mode === 'in-transaction') await tx`select pg_notify('pitlane_change', ${`${customerId}:${c!.seq}`})`;
              return c!.seq;
            })
            .then((seq) => {
              if (mode === 'after-commit') {
                queued.push(`${customerId}:${seq}`);
                flush();
              }
            });
          commits++;
        }
      }),
    );
    await sending;
  } finally {
    await sql.end();
  }
  return commits / seconds;
}

/**
 * Commits per second without NOTIFY, with it in the transaction (as publish() did), and with one
 * batching notifier after commit; interleaved twice, best of each, to damp the noise of a shared box.
 */
export async function notifyCost(url: string, customers: string[], seconds = 3) {
  const best: Record<Mode, number> = { none: 0, 'in-transaction': 0, 'after-commit': 0 };
  for (let round = 0; round < 2; round++)
    for (const mode of ['none', 'in-transaction', 'after-commit'] as const)
      best[mode] = Math.max(best[mode], await run(url, customers, seconds, mode));
  const cost = (x: number) => Number((((best.none - x) / best.none) * 100).toFixed(1));
  return {
    pushCommitsPerSecWithoutNotify: Math.round(best.none),
    pushCommitsPerSecWithNotify: Math.round(best['in-transaction']),
    pushCommitsPerSecNotifyAfterCommit: Math.round(best['after-commit']),
    notifyCostPct: cost(best['in-transaction']),
    notifyAfterCommitCostPct: cost(best['after-commit']),
  };
}
