/**
 * The balance and the expiring lots computed inside the database, for reads that must stay fast
 * with a long ledger (10,000 entries: bench/sections/points.ts). Exactly the rule of
 * shared/membership/ledger.ts `available` / `expiringLots`: each lot's remainder is its earn plus
 * what acts on it (expiries and reversals by lot_id, spends and reversed spends by their draws);
 * the balance is the remainders of the lots not yet expired. points-ledger.test.ts checks both agree.
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../db/client.ts';

// One aggregation over one union (no join): the planner cannot pick a rescanning nested loop when
// the table's statistics are stale (it did, 24 s for 10,000 entries on PGlite before ANALYZE).
const lotsCte = (customerId: string) => sql`
  with lots as (
    select lot_id as id, max(expires_at) as expires_at, sum(points) as remaining, bool_or(is_lot) as is_lot
      from (
        select id as lot_id, expires_at, points, true as is_lot
          from points_entry where customer_id = ${customerId} and kind = 'earn'
        union all
        select lot_id, null, points, false
          from points_entry where customer_id = ${customerId} and lot_id is not null
        union all
        select (d->>'lotId')::uuid, null,
               case when e.points >= 0 then (d->>'points')::int else -(d->>'points')::int end, false
          from points_entry e, jsonb_array_elements(e.draws) d
         where e.customer_id = ${customerId} and e.draws is not null
      ) acts
     group by lot_id
  )`;

export async function availableInDb(db: DbOrTx, customerId: string, now: Date): Promise<number> {
  const [row] = rowsOf<{ n: string | null }>(
    await db.execute(sql`${lotsCte(customerId)}
      select coalesce(sum(greatest(remaining, 0)), 0) as n from lots
       where is_lot and (expires_at is null or expires_at > ${now.toISOString()}::timestamptz)`),
  );
  return Number(row?.n ?? 0);
}

export async function expiringInDb(db: DbOrTx, customerId: string, now: Date, limit = 3) {
  const rows = rowsOf<{ remaining: string; expires_at: string | Date }>(
    await db.execute(sql`${lotsCte(customerId)}
      select remaining, expires_at from lots
       where is_lot and expires_at > ${now.toISOString()}::timestamptz and remaining > 0
       order by expires_at, id limit ${limit}`),
  );
  return rows.map((r) => ({ points: Number(r.remaining), expiresAt: new Date(r.expires_at).toISOString() }));
}
