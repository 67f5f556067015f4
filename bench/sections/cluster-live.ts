/**
 * Live fan-out between processes (docs/scale-out.md): 1,000 of the demo customer's event streams
 * (GET /api/sync/stream) spread evenly over 3 API processes on one PostgreSQL, staff registering a car
 * through process 1 (POST /api/staff/vehicles), until every stream received its change notice: p50/p99
 * over all delivered notices — beside the same 1,000 streams on a single process, in the same run, on
 * the same server. The difference is the cross-process path: the NOTIFY after commit, each process's
 * listener, its fan-out to its own streams.
 * Streams go to each process's own port (not through nginx) so the spread is exact. Needs
 * BENCH_DATABASE_URL or TEST_DATABASE_URL; a throwaway database is made and dropped.
 */
import { signInStaff } from '../../tests/cluster/processes.ts';
import { call, json } from '../../tests/faults/http.ts';
import { throwawayDatabase } from '../../tests/faults/pg-database.ts';
import { signInDemo } from '../../tests/faults/world.ts';
import { startBenchCluster } from '../lib/bench-cluster.ts';
import { define, log } from '../lib/section.ts';
import { measure, openStream, streamCookies } from '../lib/sse-latency.ts';
import { percentile, round1 } from '../lib/sync-page.ts';

const STREAMS = 1000;
const SAMPLES = 20;
const PG = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

async function fanOut(databaseUrl: string, processes: number) {
  const cluster = await startBenchCluster(databaseUrl, processes);
  try {
    const urls = cluster.processes.map((p) => `http://127.0.0.1:${p.port}`);
    const customer = await signInDemo(urls[0]!);
    const me = json<{ id: string }>(await call(urls[0]!, 'GET', '/api/auth/me', { cookie: customer }))!;
    const staff = await signInStaff(urls[0]!);
    const cookieFor = await streamCookies(STREAMS, () => signInDemo(urls[0]!));
    let opened = 0;
    const open = (onEvent: () => void) => {
      const i = opened++;
      return openStream(`${urls[i % urls.length]}/api/sync/stream`, { cookie: cookieFor(i) }, (e) => {
        if (e === 'change') onEvent();
      });
    };
    let plate = 0;
    const post = async () => {
      plate++;
      const r = await call(urls[0]!, 'POST', '/api/staff/vehicles', {
        cookie: staff,
        json: {
          customerId: me.id,
          model: 'Model 3',
          plate: `沪D${String(plate).padStart(5, '0')}`,
          vin: `LRW3E7FA0PC${String(400000 + plate)}`,
          mileageKm: plate,
          purchaseDate: '2026-01-15',
        },
      });
      if (r.status !== 201) throw new Error(`staff post answered ${r.status}`);
    };
    log(`${STREAMS} streams over ${processes} process(es): ${SAMPLES} staff posts…`);
    const latencies = await measure(STREAMS, SAMPLES, open, post);
    return { p50: round1(percentile(latencies, 50)), p99: round1(percentile(latencies, 99)) };
  } finally {
    await cluster.stop();
  }
}

export default define({
  name: 'cluster-live',
  run: async () => {
    if (!PG) {
      log('cluster-live skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL');
      return {};
    }
    const figures: Record<string, number> = {};
    for (const n of [1, 3]) {
      const db = await throwawayDatabase(PG);
      try {
        const { p50, p99 } = await fanOut(db.url, n);
        figures[`live${STREAMS}Over${n}ProcessesP50Ms`] = p50;
        figures[`live${STREAMS}Over${n}ProcessesP99Ms`] = p99;
      } finally {
        await db.drop();
      }
    }
    figures.threeToOneP99Ratio = round1(
      (figures[`live${STREAMS}Over3ProcessesP99Ms`] ?? 0) /
        Math.max(0.1, figures[`live${STREAMS}Over1ProcessesP99Ms`] ?? 0),
    );
    return figures;
  },
});
