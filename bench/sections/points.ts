/**
 * Points with a long history: a customer with 10,000 ledger entries (5,000 lots earned over four
 * years, 5,000 spends each drawing from one of them), written straight into points_entry. Figures:
 * p50 / p99 of sequential requests to the balance, one ledger page (50 entries), the whole membership
 * view, and the bare /api/ping in the same run as the baseline (keys `points.balance.p99Ms`, ...).
 */
import { randomUUID } from 'node:crypto';
import { createCustomer } from '../../server/customers/customer.service.ts';
import { pointsEntries } from '../../server/membership/membership.table.ts';
import { centers } from '../../server/center/center.table.ts';
import { createSession } from '../../server/auth/session.service.ts';
import { define, log } from '../lib/section.ts';
import { percentile, round1, startBenchServer } from '../lib/sync-page.ts';

const LOTS = 5_000;
const RUNS = Number(process.env.POINTS_RUNS ?? 200);

async function time(url: string, cookie: string) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    await res.arrayBuffer();
    times.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  }
  return { p50: round1(percentile(times, 50)), p99: round1(percentile(times, 99)) };
}

export default define({
  name: 'points',
  run: async () => {
    const server = await startBenchServer();
    try {
      const db = server.db.db;
      const [center] = await db.select().from(centers).limit(1);
      const customer = await db.transaction((tx) =>
        createCustomer(tx, { centerId: center!.id, phone: '14700009999', name: '积分多' }),
      );
      log(`writing ${LOTS * 2} ledger entries…`);
      const start = Date.now() - 4 * 365 * 86_400_000;
      const step = (4 * 365 * 86_400_000) / (LOTS * 2);
      const rows: (typeof pointsEntries.$inferInsert)[] = [];
      for (let i = 0; i < LOTS; i++) {
        const lotId = randomUUID();
        const at = new Date(start + 2 * i * step);
        rows.push({
          id: lotId,
          customerId: customer.id,
          kind: 'earn',
          source: 'visit',
          sourceId: randomUUID(),
          idemKey: `earn:bench:${lotId}`,
          points: 10,
          expiresAt: new Date(Date.now() + 365 * 86_400_000 + i * 60_000),
          createdAt: at,
        });
        const spendId = randomUUID();
        rows.push({
          id: spendId,
          customerId: customer.id,
          kind: 'spend',
          source: 'redemption',
          sourceId: spendId,
          idemKey: `spend:bench:${spendId}`,
          points: -5,
          draws: [{ lotId, points: 5 }],
          createdAt: new Date(at.getTime() + step),
        });
      }
      for (let i = 0; i < rows.length; i += 1000) await db.insert(pointsEntries).values(rows.slice(i, i + 1000));
      const token = await createSession(db, { kind: 'customer', id: customer.id }, new Date(), 'bench');
      const cookie = `pitlane=${token}`;
      const base = server.url;
      const check = await (await fetch(`${base}/api/membership/balance`, { headers: { cookie } })).json();
      if ((check as { balance: number }).balance !== LOTS * 5) throw new Error(`balance ${JSON.stringify(check)}`);
      log(`${RUNS} sequential requests each…`);
      const ping = await time(`${base}/api/ping`, cookie);
      log(`ping p50 ${ping.p50} ms`);
      const balance = await time(`${base}/api/membership/balance`, cookie);
      log(`balance p50 ${balance.p50} ms`);
      const ledger = await time(`${base}/api/membership/ledger?limit=50`, cookie);
      log(`ledger p50 ${ledger.p50} ms`);
      const view = await time(`${base}/api/membership`, cookie);
      return {
        'points.entries': LOTS * 2,
        'points.balance.p50Ms': balance.p50,
        'points.balance.p99Ms': balance.p99,
        'points.ledger.p50Ms': ledger.p50,
        'points.ledger.p99Ms': ledger.p99,
        'points.view.p50Ms': view.p50,
        'points.view.p99Ms': view.p99,
        'ping.p50Ms': ping.p50,
        'ping.p99Ms': ping.p99,
      };
    } finally {
      await server.stop();
    }
  },
});
