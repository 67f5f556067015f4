/**
 * Live latency: a staff request (POST /api/staff/vehicles, registering a car for 张先生) until the
 * customer's open event stream (GET /api/sync/stream) receives the change notice, p50/p99, with 1 and
 * with 1,000 streams open on the one server process — beside a bare SSE echo (a POST that writes an
 * event to every open echo stream, no database, no session) served by the same process in the same
 * run. The difference is what the sync path costs: the staff route's transaction, publish(), the
 * NOTIFY after commit, and the live hub's fan-out.
 *
 * The echo is NOT a route of the product: it is a second, bare Hono app this section serves on its
 * own port from the same process as the real server (startTestServer), so production stays clean and
 * both share one event loop. The 1,000 streams are all 张先生's (four per session, the
 * server's limit), so every change is
 * fanned out to all of them: the figures are per delivered notice. The stream readers run in this
 * process too (plain HTTP, the SSE framing parsed by hand).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../server/db/client.ts';
import { percentile, round1, startBenchServer } from '../lib/sync-page.ts';
import { define, log } from '../lib/section.ts';
import { measure, openStream, streamCookies } from '../lib/sse-latency.ts';

const SAMPLES_ONE = 100;
const SAMPLES_MANY = 20;
const MANY = 1000;

/** A bare SSE echo: GET /stream holds a stream open, POST /send writes one event to every stream. */
async function startEcho() {
  const writers = new Set<(data: string) => Promise<void>>();
  const app = new Hono()
    .get('/stream', (c) =>
      streamSSE(c, async (stream) => {
        let open = true;
        const write = (data: string) => stream.writeSSE({ event: 'echo', data });
        writers.add(write);
        stream.onAbort(() => {
          open = false;
        });
        await stream.writeSSE({ event: 'hello', data: '{}' });
        while (open) await stream.sleep(1000);
        writers.delete(write);
      }),
    )
    .post('/send', async (c) => {
      const data = await c.req.text();
      await Promise.all([...writers].map((w) => w(data)));
      return c.json({ ok: true });
    });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => server.once('listening', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

export default define({
  name: 'sync-live',
  run: async () => {
    const server = await startBenchServer();
    const echo = await startEcho();
    try {
      const staff = await server.signInStaff('advisor');
      const [me] = rowsOf<{ id: string }>(
        await server.db.db.execute(sql`select id from customer where phone = '13800138000'`),
      );
      let plate = 0;
      const staffPost = async () => {
        plate++;
        const res = await staff.post('/api/staff/vehicles', {
          customerId: me!.id,
          model: 'Model 3',
          plate: `沪B${String(plate).padStart(5, '0')}`,
          vin: `LRW3E7FA0PC${String(200000 + plate)}`,
          mileageKm: plate,
          purchaseDate: '2026-01-15',
        });
        if (res.status !== 201) throw new Error(`staff post answered ${res.status}`);
      };
      const cookieFor = await streamCookies(MANY, async () => (await server.signInCustomer()).cookie);
      let opened = 0;
      const liveStream = (onEvent: () => void) =>
        openStream(
          `${server.url}/api/sync/stream`,
          { cookie: cookieFor(opened++) },
          (e) => e === 'change' && onEvent(),
        );
      const echoStream = (onEvent: () => void) =>
        openStream(`${echo.url}/stream`, {}, (e) => e === 'echo' && onEvent());
      const echoSend = async (i: number) => {
        const res = await fetch(`${echo.url}/send`, { method: 'POST', body: String(i) });
        if (!res.ok) throw new Error(`echo answered ${res.status}`);
      };

      const figures: Record<string, number> = {};
      for (const [count, samples] of [
        [1, SAMPLES_ONE],
        [MANY, SAMPLES_MANY],
      ] as const) {
        log(`${count} stream(s): ${samples} staff posts…`);
        const live = await measure(count, samples, liveStream, staffPost);
        if (server.deps.live.size() !== 0) await new Promise((r) => setTimeout(r, 200));
        log(`${count} stream(s): ${samples} echo posts…`);
        const bare = await measure(count, samples, echoStream, echoSend);
        figures[`live${count}P50Ms`] = round1(percentile(live, 50));
        figures[`live${count}P99Ms`] = round1(percentile(live, 99));
        figures[`echo${count}P50Ms`] = round1(percentile(bare, 50));
        figures[`echo${count}P99Ms`] = round1(percentile(bare, 99));
      }
      return figures;
    } finally {
      await echo.stop();
      await server.stop();
    }
  },
});
