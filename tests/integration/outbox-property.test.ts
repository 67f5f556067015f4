/**
 * Property: whatever the interleaving of customer actions, network loss, lost answers, duplicate
 * sends and server restarts, every queued mutation is applied by the server exactly once, and the
 * device ends with an empty outbox and the server's state. Runs the real web sync code (Dexie on
 * fake-indexeddb) against the real server and database.
 */
import 'fake-indexeddb/auto';
import { and, count, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeLog, syncMutations } from '../../server/db/tables.ts';
import { startServer, type RunningServer } from '../../server/server.ts';
import { db, getRecord } from '../../web/db/dexie.ts';
import { configureApi } from '../../web/sync/api.ts';
import { enqueue } from '../../web/sync/outbox.ts';
import { pullAll } from '../../web/sync/pull.ts';
import { pushOnce } from '../../web/sync/push.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let s: TestServer;
let server: RunningServer;
let cookie = '';
let customerId = '';

type Net = { online: boolean; loseNextAnswer: boolean; lastPushBody: string | null };
const net: Net = { online: true, loseNextAnswer: false, lastPushBody: null };

const base = () => `http://127.0.0.1:${server.port}`;

beforeAll(async () => {
  s = await startTestServer();
  server = s;
  const c = await s.signInCustomer();
  cookie = c.cookie;
  customerId = ((await c.get<{ id: string }>('/api/auth/me')).body as { id: string }).id;
  configureApi({
    base: '',
    fetch: async (input, init) => {
      if (!net.online) throw new TypeError('Failed to fetch');
      const headers = new Headers(init?.headers);
      headers.set('cookie', cookie);
      const url = `${base()}${String(input)}`;
      if (String(input).includes('/push')) net.lastPushBody = String(init?.body);
      const res = await fetch(url, { ...init, headers });
      if (String(input).includes('/push') && net.loseNextAnswer) {
        net.loseNextAnswer = false;
        await res.arrayBuffer();
        throw new TypeError('Failed to fetch'); // applied on the server, answer lost on the way back
      }
      return res;
    },
  });
}, 60_000);

afterAll(async () => {
  await server.close();
  await s.db.close();
});

async function restartServer() {
  await server.close();
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: '/tmp/pitlane-test-unused',
    demo: false,
    secret: 'test-secret-test-secret-test-secret-0123',
    database: s.db,
    sms: s.sms,
    clock: s.clock,
    log: () => {},
  });
}

async function clientId() {
  return (await db.meta.get('clientId'))!.value as string;
}

/** One sync attempt as the leader would make it; failures are what a flaky network gives. */
async function syncOnce() {
  try {
    const id = await clientId();
    for (let more = true; more; ) more = (await pushOnce(id)).more;
    await pullAll(id);
  } catch {
    // offline or a lost answer: the outbox keeps everything and the next attempt retries
  }
}

type Command =
  | { kind: 'act'; largeText: boolean }
  | { kind: 'offline' }
  | { kind: 'online' }
  | { kind: 'sync' }
  | { kind: 'loseAnswer' }
  | { kind: 'duplicate' }
  | { kind: 'restart' };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fc.boolean().map((largeText) => ({ kind: 'act' as const, largeText })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'offline' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'online' as const }) },
  { weight: 4, arbitrary: fc.constant({ kind: 'sync' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'loseAnswer' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'duplicate' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
);

async function resetDevice() {
  await db.transaction('rw', db.records, db.outbox, db.meta, async () => {
    await db.records.clear();
    await db.outbox.clear();
    await db.meta.clear();
    await db.meta.put({ key: 'clientId', value: crypto.randomUUID() });
  });
  Object.assign(net, { online: true, loseNextAnswer: false, lastPushBody: null });
}

describe('outbox delivery (property)', () => {
  it('never loses or duplicates a mutation under random network faults and restarts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (commands) => {
        await resetDevice();
        const id = await clientId();
        const [before] = await s.db.db
          .select({ n: count() })
          .from(changeLog)
          .where(and(eq(changeLog.customerId, customerId), eq(changeLog.entity, 'preferences')));
        let acted = 0;
        let last: boolean | null = null;
        for (const c of commands) {
          if (c.kind === 'act') {
            await enqueue('preferences.set', { largeText: c.largeText });
            acted++;
            last = c.largeText;
          } else if (c.kind === 'offline') net.online = false;
          else if (c.kind === 'online') net.online = true;
          else if (c.kind === 'sync') await syncOnce();
          else if (c.kind === 'loseAnswer') {
            net.loseNextAnswer = true;
            await syncOnce();
          } else if (c.kind === 'duplicate' && net.lastPushBody && net.online) {
            // The same batch delivered again (a retry racing its original).
            await fetch(`${base()}/api/sync/push`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', cookie },
              body: net.lastPushBody,
            });
          } else if (c.kind === 'restart') await restartServer();
        }
        // Back online for good: the device must converge.
        net.online = true;
        net.loseNextAnswer = false;
        for (let i = 0; i < 10 && (await db.outbox.count()) > 0; i++) await syncOnce();

        expect(await db.outbox.count()).toBe(0);
        const receipts = await s.db.db.select().from(syncMutations).where(eq(syncMutations.clientId, id));
        expect(receipts.map((r) => r.seq).sort((a, b) => a - b)).toEqual(
          Array.from({ length: acted }, (_, i) => i + 1),
        );
        expect(receipts.every((r) => r.status === 'applied')).toBe(true);
        const [after] = await s.db.db
          .select({ n: count() })
          .from(changeLog)
          .where(and(eq(changeLog.customerId, customerId), eq(changeLog.entity, 'preferences')));
        // Each applied mutation publishes exactly one change: a double apply would publish two.
        expect((after?.n ?? 0) - (before?.n ?? 0)).toBe(acted);
        if (last !== null) {
          const mirrored = await getRecord('preferences', customerId);
          expect(mirrored?.data.largeText).toBe(last);
        }
      }),
      { numRuns: 25, endOnFailure: true },
    );
  }, 240_000);
});
