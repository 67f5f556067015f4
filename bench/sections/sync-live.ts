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
 * both share one event loop. The 1,000 streams are all 张先生's (one session), so every change is
 * fanned out to all of them: the figures are per delivered notice. The stream readers run in this
 * process too (plain HTTP, the SSE framing parsed by hand).
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../server/db/client.ts';
import { percentile, round1, startBenchServer } from '../lib/sync-page.ts';
import { define, log } from '../lib/section.ts';

const SAMPLES_ONE = 100;
const SAMPLES_MANY = 20;
const MANY = 1000;

type Stream = { close: () => void };

/** Opens an SSE stream and calls `onEvent` for each event; resolves once the first event arrived. */
function openStream(url: string, headers: Record<string, string>, onEvent: (event: string) => void): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { accept: 'text/event-stream', ...headers }, agent: false }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`${url} answered ${res.statusCode}`));
      res.setEncoding('utf8');
      let buffer = '';
      let opened = false;
      res.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: ?(.*)$/m.exec(block)?.[1];
          if (!event) continue;
          if (!opened) {
            opened = true;
            resolve({ close: () => req.destroy() });
          } else onEvent(event);
        }
      });
    });
    req.on('error', (e) => {
      if (!req.destroyed) reject(e);
    });
    req.end();
  });
}

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

/**
 * Opens `count` streams, then `samples` times: fires `send` and waits until every stream got its next
 * event; returns the latency of each delivered event, measured from just before the send.
 */
async function measure(
  count: number,
  samples: number,
  open: (onEvent: () => void) => Promise<Stream>,
  send: (i: number) => Promise<void>,
): Promise<number[]> {
  let started = 0;
  let waiting = 0;
  let allIn: (() => void) | null = null;
  const latencies: number[] = [];
  const onEvent = () => {
    if (!allIn) return; // a late or stray notice between samples
    latencies.push(performance.now() - started);
    if (--waiting === 0) allIn();
  };
  const streams: Stream[] = [];
  for (let i = 0; i < count; i += 50) {
    streams.push(...(await Promise.all(Array.from({ length: Math.min(50, count - i) }, () => open(onEvent)))));
  }
  try {
    for (let i = 0; i < samples + 2; i++) {
      const delivered = new Promise<void>((r) => {
        allIn = r;
      });
      waiting = count;
      const before = latencies.length;
      started = performance.now();
      await send(i);
      await Promise.race([
        delivered,
        new Promise((_, fail) =>
          setTimeout(() => fail(new Error(`sample ${i}: ${waiting} streams got nothing`)), 30_000),
        ),
      ]);
      allIn = null;
      if (i < 2) latencies.length = before; // two warm-up rounds
    }
  } finally {
    for (const s of streams) s.close();
  }
  return latencies;
}

export default define({
  name: 'sync-live',
  run: async () => {
    const server = await startBenchServer();
    const echo = await startEcho();
    try {
      const customer = await server.signInCustomer();
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
      const liveStream = (onEvent: () => void) =>
        openStream(`${server.url}/api/sync/stream`, { cookie: customer.cookie }, (e) => e === 'change' && onEvent());
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
