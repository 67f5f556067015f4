/**
 * Scale-out figures (docs/scale-out.md), in one run:
 * - the cost of being signed in: GET /api/ping bare, /api/ping with a session cookie, /api/vehicles as
 *   the demo customer (autocannon, 50 connections), on PGlite and on PostgreSQL, with the ratio
 *   vehicles / bare (acceptance: at least 1/3);
 * - push commits/s on PostgreSQL with and without the NOTIFY in the transaction;
 * - read throughput (/api/vehicles through nginx) with 1, 2 and 3 processes on the same PostgreSQL.
 * PostgreSQL parts need BENCH_DATABASE_URL (or TEST_DATABASE_URL): a throwaway database is made on that
 * server and dropped; the nginx part needs nginx. Missing either, those figures are left out.
 */
import autocannon from 'autocannon';
import postgres from 'postgres';
import { clusterUnavailable } from '../../scripts/cluster/cluster.ts';
import { signInDemo } from '../../tests/faults/world.ts';
import { startBenchCluster } from '../lib/bench-cluster.ts';
import { throwawayDatabase } from '../../tests/faults/pg-database.ts';
import { notifyCost } from '../lib/notify-cost.ts';
import { define, log } from '../lib/section.ts';
import { spawnServer } from '../lib/server.ts';

const CONNECTIONS = 50;
const SECONDS = 3;
const PG = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

async function reqPerSec(url: string, headers: Record<string, string> = {}) {
  await autocannon({ url, connections: CONNECTIONS, duration: 0.5, headers });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  if (r.non2xx + r.errors + r.timeouts > 0)
    log(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
  return Math.round(r.requests.average);
}

/** Bare route, bare route with a cookie, authenticated read: one server, one run. */
async function sessionCost(base: string, prefix: string) {
  const cookie = await signInDemo(base);
  log(`${prefix}: /api/ping, /api/ping with a cookie, /api/vehicles…`);
  const bare = await reqPerSec(`${base}/api/ping`);
  const withCookie = await reqPerSec(`${base}/api/ping`, { cookie });
  const vehicles = await reqPerSec(`${base}/api/vehicles`, { cookie });
  return {
    [`${prefix}.pingReqPerSec`]: bare,
    [`${prefix}.pingWithCookieReqPerSec`]: withCookie,
    [`${prefix}.vehiclesReqPerSec`]: vehicles,
    [`${prefix}.vehiclesToPingRatio`]: Number((vehicles / Math.max(1, bare)).toFixed(2)),
    [`${prefix}.pingWithCookieToPingRatio`]: Number((withCookie / Math.max(1, bare)).toFixed(2)),
  };
}

async function postgresFigures(url: string) {
  const figures: Record<string, number> = {};
  const noNginx = clusterUnavailable();
  if (noNginx) log(`cluster figures skipped: ${noNginx}`);
  const db = await throwawayDatabase(url);
  try {
    for (const n of noNginx ? [1] : [1, 2, 3]) {
      const cluster = await startBenchCluster(db.url, n);
      try {
        if (n === 1)
          Object.assign(figures, await sessionCost(`http://127.0.0.1:${cluster.processes[0]!.port}`, 'postgres'));
        log(`/api/vehicles through nginx, ${n} process(es)…`);
        const cookie = await signInDemo(cluster.url);
        figures[`read${n}ProcessesReqPerSec`] = await reqPerSec(`${cluster.url}/api/vehicles`, { cookie });
      } finally {
        await cluster.stop();
      }
    }
    if (figures.read2ProcessesReqPerSec) {
      const one = Math.max(1, figures.read1ProcessesReqPerSec ?? 1);
      figures.read2To1Ratio = Number((figures.read2ProcessesReqPerSec / one).toFixed(2));
      figures.read3To1Ratio = Number(((figures.read3ProcessesReqPerSec ?? 0) / one).toFixed(2));
    }
    log('push commits/s with and without NOTIFY…');
    const sql = postgres(db.url, { max: 1, onnotice: () => {} });
    const [center] = await sql<{ id: string }[]>`select id from center limit 1`;
    const customers: string[] = [];
    for (let i = 0; i < 16; i++) {
      const [c] = await sql<{ id: string }[]>`
        insert into customer (center_id, phone, name) values (${center!.id}, ${`1366600${String(i).padStart(4, '0')}`}, '赵先生')
        returning id`;
      customers.push(c!.id);
    }
    await sql.end();
    Object.assign(figures, await notifyCost(db.url, customers));
  } finally {
    await db.drop();
  }
  return figures;
}

export default define({
  name: 'cluster',
  run: async () => {
    const figures: Record<string, number> = {};
    const server = await spawnServer();
    try {
      Object.assign(figures, await sessionCost(server.url, 'pglite'));
    } finally {
      await server.stop();
      server.remove();
    }
    if (PG) Object.assign(figures, await postgresFigures(PG));
    else log('PostgreSQL figures skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL');
    return figures;
  },
});
