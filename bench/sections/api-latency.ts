/**
 * GET /api/vehicles as the demo customer (session lookup + query) beside GET /api/ping (no database)
 * on the same server in the same run: p50/p99 latency and requests/s under 50 connections. The
 * ratio of the two is the figure that matters: what the app's work costs over the bare framework.
 */
import autocannon, { type Result } from 'autocannon';
import { define, log } from '../lib/section.ts';
import { spawnServer } from '../lib/server.ts';

const CONNECTIONS = 50;
const SECONDS = 3;

async function load(url: string, headers: Record<string, string> = {}): Promise<Result> {
  // A short warm-up so the first JIT and connection costs stay out of the figures.
  await autocannon({ url, connections: CONNECTIONS, duration: 0.5, headers });
  return autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
}

const figures = (r: Result) => ({
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  reqPerSec: Math.round(r.requests.average),
  failed: r.non2xx + r.errors + r.timeouts,
});

export default define({
  name: 'api',
  run: async () => {
    const server = await spawnServer();
    try {
      const res = await fetch(`${server.url}/api/auth/demo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      const cookie = res.headers
        .getSetCookie()
        .find((c) => c.startsWith('pitlane='))
        ?.split(';')[0];
      if (!cookie) throw new Error(`demo sign-in failed: ${res.status}`);
      const check = await fetch(`${server.url}/api/vehicles`, { headers: { cookie } });
      if (check.status !== 200) throw new Error(`GET /api/vehicles answered ${check.status}`);
      log(`GET /api/ping, ${CONNECTIONS} connections, ${SECONDS}s…`);
      const ping = figures(await load(`${server.url}/api/ping`));
      log(`GET /api/vehicles as 张先生, ${CONNECTIONS} connections, ${SECONDS}s…`);
      const vehicles = figures(await load(`${server.url}/api/vehicles`, { cookie }));
      return {
        vehiclesP50Ms: vehicles.p50Ms,
        vehiclesP99Ms: vehicles.p99Ms,
        vehiclesReqPerSec: vehicles.reqPerSec,
        vehiclesFailed: vehicles.failed,
        pingP50Ms: ping.p50Ms,
        pingP99Ms: ping.p99Ms,
        pingReqPerSec: ping.reqPerSec,
        pingFailed: ping.failed,
        /** Bare route throughput over the vehicle list's: how many times dearer the real request is. */
        pingToVehiclesReqRatio: Number((ping.reqPerSec / Math.max(1, vehicles.reqPerSec)).toFixed(2)),
        vehiclesToPingP50Ratio: Number((vehicles.p50Ms / Math.max(0.001, ping.p50Ms)).toFixed(2)),
      };
    } finally {
      await server.stop();
      server.remove();
    }
  },
});
