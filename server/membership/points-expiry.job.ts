/**
 * The scheduled expiry of points lots: each lot whose expiry has passed loses what is left of it —
 * an 'expire' ledger entry of exactly the lot's remainder (shared/membership/ledger.ts planExpiries),
 * never what was already spent — and the customer's membership view is republished.
 *
 * Exactly once with several API processes: each customer is swept in its own transaction holding the
 * customer's points_account row, taken FOR UPDATE SKIP LOCKED — a process finding it taken (another
 * sweep, or a spend that writes the due expiries itself) skips that customer instead of waiting, and
 * the one holding it writes the entries; the expiry's unique idem key (expire:<lot>:<n>) is the
 * second guard. Started by server/server.ts beside the booking jobs, stopped on close.
 */
import { sql } from 'drizzle-orm';
import { DAY } from '@shared/time.ts';
import { type Db, rowsOf } from '../db/client.ts';
import type { AppDeps } from '../http/context.ts';
import { errorFields, logLine } from '../http/log.ts';
import { pointsAccounts } from './membership.table.ts';
import { sweepExpiries } from './points-ledger.ts';
import { refreshLapsedStandings } from './standing-refresh.ts';

export const EXPIRY_INTERVAL_MS = 10 * 60_000;

/** Customers with a lot past its expiry that still has points left (same rule as ledger-sums.ts). */
async function dueCustomers(db: Db, now: Date, limit: number): Promise<string[]> {
  const at = now.toISOString();
  const rows = rowsOf<{ customer_id: string }>(
    await db.execute(sql`
      with expired as (
        select id, customer_id from points_entry where kind = 'earn' and expires_at <= ${at}::timestamptz
      ),
      acts as (
        select id as lot_id, customer_id, points from points_entry
         where kind = 'earn' and expires_at <= ${at}::timestamptz
        union all
        select lot_id, customer_id, points from points_entry where lot_id in (select id from expired)
        union all
        select (d->>'lotId')::uuid, e.customer_id,
               case when e.points >= 0 then (d->>'points')::int else -(d->>'points')::int end
          from points_entry e, jsonb_array_elements(e.draws) d
         where e.draws is not null and (d->>'lotId')::uuid in (select id from expired)
      )
      select distinct customer_id from (
        select lot_id, customer_id from acts group by lot_id, customer_id having sum(points) > 0
      ) due
      order by customer_id
      limit ${limit}`),
  );
  return rows.map((r) => r.customer_id);
}

/** One pass: sweeps up to `limit` customers; answers how many it swept and how many it left to another. */
export async function expireDuePoints(db: Db, now: Date, limit = 200) {
  let swept = 0;
  let skipped = 0;
  for (const customerId of await dueCustomers(db, now, limit)) {
    const took = await db.transaction(async (tx) => {
      await tx.insert(pointsAccounts).values({ customerId }).onConflictDoNothing();
      const held = rowsOf(
        await tx.execute(
          sql`select 1 from ${pointsAccounts} where ${pointsAccounts.customerId} = ${customerId} for update skip locked`,
        ),
      );
      if (held.length === 0) return false;
      await sweepExpiries(tx, customerId, now);
      return true;
    });
    if (took) swept += 1;
    else skipped += 1;
  }
  return { swept, skipped };
}

export function startPointsExpiryJob(deps: AppDeps, intervalMs = EXPIRY_INTERVAL_MS) {
  let running: Promise<void> | null = null;
  // A day back at start: payments that left the window while no process was running are caught up.
  let lastPass = new Date(deps.clock.now().getTime() - DAY);
  const run = (): Promise<void> => {
    running ??= (async () => {
      try {
        // A full batch may mean more are due; a customer another process holds is left to it.
        while ((await expireDuePoints(deps.database.db, deps.clock.now())).swept === 200) {
          // next batch
        }
        // The same timer moves the rolling window: tiers that dropped since the last pass are republished.
        const now = deps.clock.now();
        await refreshLapsedStandings(deps.database.db, lastPass, now);
        lastPass = now;
      } catch (e) {
        deps.log(logLine('points_expiry_failed', errorFields(e)));
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return {
    runNow: run,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
