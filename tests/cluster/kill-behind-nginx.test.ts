/**
 * `npm run start:cluster`'s cluster (3 processes on one PostgreSQL behind nginx) with one process
 * SIGKILLed under a push load: no acknowledged mutation is lost and none is applied twice; the
 * customer's live stream, which was on the killed process, moves to another one through nginx, and the
 * client — pulling from its cursor on every `hello` and `change`, as the web client does — ends up
 * with every change, without a gap, driven by the stream alone. Skipped without nginx or
 * TEST_DATABASE_URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Cluster, clusterUnavailable, startCluster } from '../../scripts/cluster/cluster.ts';
import { call, json, sleep } from '../faults/http.ts';
import { throwawayDatabase, TEST_DATABASE_URL } from '../faults/pg-database.ts';
import { openSql, signInDemo } from '../faults/world.ts';
import { signInStaff } from './processes.ts';
import { openLiveStream } from './sse.ts';

const WORKERS = 4;
const PER_WORKER = 150;
const BATCH = 5;
const why = clusterUnavailable() ?? (TEST_DATABASE_URL ? null : 'TEST_DATABASE_URL is not set');

type Pulled = {
  cursor: number;
  hasMore: boolean;
  changes: { seq: number; entity: string; id: string; data: Record<string, unknown> | null }[];
};

describe('the cluster behind nginx', () => {
  it.skipIf(why !== null)(`kill -9 of one process under a push load${why ? ` (skipped: ${why})` : ''}`, async () => {
    const db = await throwawayDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'pitlane-cluster-'));
    let cluster: Cluster | null = null;
    try {
      cluster = await startCluster({
        databaseUrl: db.url,
        processes: 3,
        dir,
        exposeUpstream: true,
        restartDelayMs: 2000,
        log: () => {},
        env: {
          PITLANE_DEMO: '1',
          PITLANE_PUBLIC_URL: 'http://127.0.0.1:9',
          PITLANE_DIST_DIR: join(dir, 'no-dist'),
          PITLANE_LOG: 'silent',
        },
      });
      const base = cluster.url;
      const cookie = await signInDemo(base);
      const me = json<{ id: string }>(await call(base, 'GET', '/api/auth/me', { cookie }))!;
      const staff = await signInStaff(base);
      const sql = await openSql({ url: db.url });
      const [before] = await sql.query<{ n: number; max: number }>(
        "select count(*) filter (where entity = 'preferences')::int as n, coalesce(max(seq), 0)::int as max from change_log where customer_id = $1",
        [me.id],
      );

      // The client: on every hello/change it pulls from its cursor (as web/sync/engine.ts does).
      let cursor = before!.max;
      // The client's mirror: the last row it pulled for each entity and id.
      const mirror = new Map<string, Record<string, unknown> | null>();
      let pulling: Promise<void> | null = null;
      let pullAgain = false;
      const pullAll = async () => {
        if (pulling) {
          pullAgain = true;
          return pulling;
        }
        pulling = (async () => {
          do {
            pullAgain = false;
            for (let more = true; more; ) {
              const r = await call(base, 'GET', `/api/sync/pull?since=${cursor}`, { cookie });
              const body = r.status === 200 ? json<Pulled>(r) : null;
              if (!body) {
                await sleep(200);
                continue;
              }
              for (const c of body.changes) mirror.set(`${c.entity}:${c.id}`, c.data);
              cursor = body.cursor;
              more = body.hasMore;
            }
          } while (pullAgain);
        })().finally(() => {
          pulling = null;
        });
        return pulling;
      };
      const stream = openLiveStream(base, cookie, { reconnect: true });
      let watched = 0;
      const watcher = setInterval(() => {
        for (; watched < stream.events.length; watched++) void pullAll();
      }, 5);
      expect(await stream.next('hello', 0)).not.toBeNull();
      const streamPort = Number(stream.upstreams[0]?.split(':').at(-1));
      const victim = cluster.processes.find((p) => p.port === streamPort);
      expect(victim, `stream upstream ${stream.upstreams[0]}`).toBeTruthy();

      let acknowledged = 0;
      const acked: { clientId: string; seq: number }[] = [];
      const worker = async () => {
        const clientId = crypto.randomUUID();
        let failures = 0;
        for (let seq = 1; seq <= PER_WORKER; ) {
          const mutations = Array.from({ length: Math.min(BATCH, PER_WORKER - seq + 1) }, (_, i) => ({
            seq: seq + i,
            name: 'preferences.set',
            args: { largeText: (seq + i) % 2 === 0 },
            at: new Date().toISOString(),
          }));
          const r = await call(base, 'POST', '/api/sync/push', { cookie, json: { clientId, mutations } });
          const body = r.status === 200 ? json<{ results: { seq: number; status: string }[] }>(r) : null;
          if (!body) {
            failures++;
            if (failures > 200) throw new Error(`worker gave up: ${r.status} ${r.text.slice(0, 100)}`);
            await sleep(Math.min(1000, 25 * 2 ** Math.min(failures, 5)));
            continue;
          }
          failures = 0;
          for (const res of body.results) {
            expect(res.status).toBe('applied');
            acked.push({ clientId, seq: res.seq });
            acknowledged++;
          }
          seq += mutations.length;
        }
        return clientId;
      };
      let plates = 0;
      let staffDone = false;
      const staffWriter = async () => {
        while (!staffDone) {
          plates++;
          await call(base, 'POST', '/api/staff/vehicles', {
            cookie: staff,
            json: {
              customerId: me.id,
              model: 'Model Y',
              plate: `沪K${String(plates).padStart(5, '0')}`,
              vin: `LRW3E7FA0PC${String(400000 + plates)}`,
              mileageKm: plates,
              purchaseDate: '2026-01-15',
            },
          });
          await sleep(100);
        }
      };
      const load = Array.from({ length: WORKERS }, worker);
      const writer = staffWriter();
      while (acknowledged < (WORKERS * PER_WORKER) / 3) await sleep(5);
      victim!.kill('SIGKILL');
      const clientIds = await Promise.all(load);
      staffDone = true;
      await writer;

      // Driven only by the stream: the client catches up with the last change.
      const [after] = await sql.query<{ max: number }>(
        'select max(seq)::int as max from change_log where customer_id = $1',
        [me.id],
      );
      for (let i = 0; i < 200 && cursor < after!.max; i++) await sleep(50);
      await pulling;
      clearInterval(watcher);
      stream.close();
      expect(cursor, 'the client did not catch up through the stream').toBe(after!.max);
      // Its mirror holds every car staff registered meanwhile (pull compacts to the last row per id).
      const cars = await sql.query<{ plate: string }>('select plate from vehicle where customer_id = $1', [me.id]);
      const mirrored = new Set(
        [...mirror.entries()].filter(([k]) => k.startsWith('vehicle:')).map(([, v]) => v?.plate),
      );
      const ours = cars.map((c) => c.plate).filter((p) => p.startsWith('沪K'));
      expect(ours.length).toBeGreaterThan(0);
      expect(
        ours.filter((p) => !mirrored.has(p)),
        'cars the client never received',
      ).toEqual([]);
      expect(stream.connections()).toBeGreaterThanOrEqual(2);
      expect(stream.upstreams.slice(1).some((u) => u && !u.endsWith(`:${streamPort}`))).toBe(true);

      // Nothing lost, nothing applied twice.
      const receipts = await sql.query<{ client_id: string; seq: number }>(
        "select client_id, seq::int as seq from sync_mutation where status = 'applied' and client_id = any($1::uuid[])",
        [clientIds],
      );
      const applied = new Set(receipts.map((r) => `${r.client_id}:${r.seq}`));
      expect(acked.filter((m) => !applied.has(`${m.clientId}:${m.seq}`)).length, 'acknowledged, not stored').toBe(0);
      expect(acknowledged).toBe(WORKERS * PER_WORKER);
      const [changes] = await sql.query<{ n: number }>(
        "select count(*)::int as n from change_log where customer_id = $1 and entity = 'preferences'",
        [me.id],
      );
      expect(changes!.n - before!.n, 'preference changes beyond one per applied mutation').toBe(receipts.length);
      await sql.close();
      // The process manager brought the killed one back.
      expect(await cluster.healthy(victim!.index)).toBe(true);
    } finally {
      await cluster?.stop();
      rmSync(dir, { recursive: true, force: true });
      await db.drop();
    }
  });
});
