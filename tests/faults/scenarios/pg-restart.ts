/**
 * PostgreSQL stopped and started again under load, on a private cluster made for this run (never the
 * shared one). Meanwhile every answer must be a 2xx or a 503 with Retry-After (never a 500, never a
 * hang); afterwards the same server process answers again and its live stream carries changes again.
 */
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChildServer, startChildServer } from '../child-server.ts';
import { call, json, sleep } from '../http.ts';
import { startPgCluster } from '../../helpers/pg-cluster.ts';
import { signInDemo } from '../world.ts';

export type PgRestartResult = {
  requests: number;
  ok2xx: number;
  unavailable503: number;
  without503RetryAfter: number;
  fiveHundreds: number;
  other: number;
  slowest503Ms: number;
  recoveredMs: number;
  samePid: boolean;
  streamResumed: boolean;
  log: string;
};

type Stream = { changesAfter: (t: number) => boolean; close: () => void };

/** A live stream that reconnects as EventSource would, remembering when each change event came. */
function openStream(base: string, cookie: string): Stream {
  const changes: number[] = [];
  let closed = false;
  let current: ReturnType<typeof request> | null = null;
  const connect = () => {
    if (closed) return;
    current = request(`${base}/api/sync/stream`, { headers: { cookie }, agent: false }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        setTimeout(connect, 500);
        return;
      }
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (chunk.includes('event: change')) changes.push(performance.now());
      });
      res.on('end', () => setTimeout(connect, 500));
      res.on('error', () => {});
    });
    current.on('error', () => setTimeout(connect, 500));
    current.end();
  };
  connect();
  return {
    changesAfter: (t) => changes.some((c) => c > t),
    close: () => {
      closed = true;
      current?.destroy();
    },
  };
}

export async function runPgRestart(o: { downMs: number; workers: number }): Promise<PgRestartResult> {
  const pg = await startPgCluster();
  let server: ChildServer | null = null;
  let stream: Stream | null = null;
  try {
    const url = await pg.createDatabase('pitlane');
    server = await startChildServer({ databaseUrl: url });
    const base = server.url;
    const pid = server.pid();
    const cookie = await signInDemo(base);
    stream = openStream(base, cookie);

    const counts = { requests: 0, ok2xx: 0, unavailable503: 0, without503RetryAfter: 0, fiveHundreds: 0, other: 0 };
    let slowest503Ms = 0;
    let stop = false;
    const worker = async (w: number) => {
      const clientId = crypto.randomUUID();
      let seq = 1;
      for (let i = 0; !stop && i < 5000; i++) {
        const pick = i % 4;
        const r =
          pick === 0
            ? await call(base, 'GET', '/api/vehicles', { cookie })
            : pick === 1
              ? await call(base, 'GET', `/api/sync/pull?since=0&clientId=${clientId}`, { cookie })
              : pick === 2
                ? await call(base, 'POST', '/api/sync/push', {
                    cookie,
                    json: {
                      clientId,
                      mutations: [
                        {
                          seq,
                          name: 'preferences.set',
                          args: { largeText: (seq + w) % 2 === 0 },
                          at: new Date().toISOString(),
                        },
                      ],
                    },
                  })
                : await call(base, 'GET', '/api/health');
        counts.requests++;
        if (r.status >= 200 && r.status < 300) {
          counts.ok2xx++;
          if (pick === 2) seq++;
        } else if (r.status === 503) {
          counts.unavailable503++;
          slowest503Ms = Math.max(slowest503Ms, r.ms);
          if (!r.headers['retry-after']) counts.without503RetryAfter++;
          await sleep(50);
        } else if (r.status >= 500) counts.fiveHundreds++;
        else counts.other++;
      }
    };
    const load = Array.from({ length: o.workers }, (_, w) => worker(w));
    await sleep(1500);
    await pg.stop();
    await sleep(o.downMs);
    await pg.start();
    const upAt = performance.now();
    let recoveredMs = -1;
    for (let i = 0; i < 200; i++) {
      const h = await call(base, 'GET', '/api/health');
      if (h.status === 200 && json<{ ok: boolean }>(h)?.ok) {
        recoveredMs = performance.now() - upAt;
        break;
      }
      await sleep(100);
    }
    await sleep(1000);
    stop = true;
    await Promise.all(load);

    // The live stream carries a change made after the restart.
    const marker = performance.now();
    let streamResumed = false;
    for (let i = 0; i < 100 && !streamResumed; i++) {
      if (i % 10 === 0)
        await call(base, 'POST', '/api/sync/push', {
          cookie,
          json: {
            clientId: crypto.randomUUID(),
            mutations: [
              { seq: 1, name: 'preferences.set', args: { largeText: i % 20 === 0 }, at: new Date().toISOString() },
            ],
          },
        });
      await sleep(150);
      streamResumed = stream.changesAfter(marker);
    }
    return {
      ...counts,
      slowest503Ms: Math.round(slowest503Ms),
      recoveredMs: Math.round(recoveredMs),
      samePid: server.pid() === pid,
      streamResumed,
      log: server.log(),
    };
  } finally {
    stream?.close();
    if (server) writeFileSync(join(tmpdir(), 'pitlane-pg-restart.log'), server.log()); // post-mortem
    await server?.stop();
    server?.remove();
    await pg.destroy();
  }
}
