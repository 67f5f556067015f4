/**
 * Item 3: no poison batches, and retries that mean exactly once. Random streams of customer actions mix
 * good mutations with ones that can never apply (refused by the mutator, unstorable text, a row the
 * server cannot even read as a mutation) under lost answers, duplicate sends and going offline. The
 * device ends with nothing pending, every bad one refused, every good one applied exactly once. The
 * real web sync code (Dexie on fake-indexeddb) runs against the real server and database.
 */
import 'fake-indexeddb/auto';
import { and, count, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeLog, syncMutations } from '../../server/db/tables.ts';
import { db, getRecord } from '../../web/db/dexie.ts';
import { configureApi } from '../../web/sync/api.ts';
import { enqueue } from '../../web/sync/outbox.ts';
import { pullAll } from '../../web/sync/pull.ts';
import { pushOnce } from '../../web/sync/push.ts';
import { type Client, startTestServer, type TestServer } from '../helpers/test-server.ts';

let s: TestServer;
let zhang: Client;
let customerId = '';
const net = { online: true, loseNextAnswer: false, lastPushBody: null as string | null };

beforeAll(async () => {
  s = await startTestServer();
  zhang = await s.signInCustomer();
  customerId = (await zhang.get<{ id: string }>('/api/auth/me')).body.id;
  configureApi({
    base: '',
    fetch: async (input, init) => {
      if (!net.online) throw new TypeError('Failed to fetch');
      const headers = new Headers(init?.headers);
      headers.set('cookie', zhang.cookie);
      if (String(input).includes('/push')) net.lastPushBody = String(init?.body);
      const res = await fetch(`${s.url}${String(input)}`, { ...init, headers });
      if (String(input).includes('/push') && net.loseNextAnswer) {
        net.loseNextAnswer = false;
        await res.arrayBuffer();
        throw new TypeError('Failed to fetch');
      }
      return res;
    },
  });
}, 60_000);
afterAll(() => s?.stop());

/** What an old or broken client may have queued: written straight into the outbox, no local checks. */
async function enqueueRaw(name: string, args: unknown, at = new Date().toISOString()) {
  return db.transaction('rw', db.meta, db.outbox, async () => {
    const next = ((await db.meta.get('nextSeq'))?.value as number | undefined) ?? 1;
    await db.meta.put({ key: 'nextSeq', value: next + 1 });
    await db.outbox.add({ seq: next, name, args, at, status: 'pending' });
    return next;
  });
}

type Poison = 'refused' | 'unstorable' | 'unreadable';
type Command =
  | { kind: 'good'; largeText: boolean }
  | { kind: 'poison'; poison: Poison }
  | { kind: 'offline' | 'online' | 'sync' | 'loseAnswer' | 'duplicate' };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: fc.boolean().map((largeText) => ({ kind: 'good' as const, largeText })) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom<Poison>('refused', 'unstorable', 'unreadable')
      .map((poison) => ({ kind: 'poison' as const, poison })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'offline' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'online' as const }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'sync' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'loseAnswer' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'duplicate' as const }) },
);

async function poison(kind: Poison) {
  if (kind === 'refused') return enqueue('booking.cancel', { id: crypto.randomUUID() }); // not_found, for ever
  if (kind === 'unstorable') return enqueueRaw('preferences.set', { quietFrom: '\u0000' });
  return enqueueRaw('preferences.set', { largeText: true }, 'not a timestamp'); // the batch schema refuses it
}

async function syncOnce() {
  try {
    const id = (await db.meta.get('clientId'))!.value as string;
    for (let more = true; more; ) more = (await pushOnce(id)).more;
    await pullAll(id);
  } catch {
    // transient: the next attempt retries
  }
}

const preferenceChanges = async () =>
  (
    await s.db.db
      .select({ n: count() })
      .from(changeLog)
      .where(and(eq(changeLog.customerId, customerId), eq(changeLog.entity, 'preferences')))
  )[0]?.n ?? 0;

describe('poison mutations in random streams (property)', () => {
  it('every good mutation applies exactly once, every poison one is refused, nothing stays pending', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 30 }), async (commands) => {
        await db.transaction('rw', db.records, db.outbox, db.meta, async () => {
          await db.records.clear();
          await db.outbox.clear();
          await db.meta.clear();
          await db.meta.put({ key: 'clientId', value: crypto.randomUUID() });
        });
        Object.assign(net, { online: true, loseNextAnswer: false, lastPushBody: null });
        const id = (await db.meta.get('clientId'))!.value as string;
        const before = await preferenceChanges();
        const good = new Set<number>();
        const bad = new Set<number>();
        let last: boolean | null = null;
        for (const c of commands) {
          if (c.kind === 'good') {
            good.add(await enqueue('preferences.set', { largeText: c.largeText }));
            last = c.largeText;
          } else if (c.kind === 'poison') bad.add(await poison(c.poison));
          else if (c.kind === 'offline') net.online = false;
          else if (c.kind === 'online') net.online = true;
          else if (c.kind === 'sync') await syncOnce();
          else if (c.kind === 'loseAnswer') {
            net.loseNextAnswer = true;
            await syncOnce();
          } else if (c.kind === 'duplicate' && net.lastPushBody && net.online) {
            await zhang.fetch('/api/sync/push', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: net.lastPushBody,
            });
          }
        }
        net.online = true;
        net.loseNextAnswer = false;
        for (let i = 0; i < 10 && (await db.outbox.where('status').anyOf('pending', 'sent').count()) > 0; i++)
          await syncOnce();

        expect(await db.outbox.where('status').anyOf('pending', 'sent').count()).toBe(0);
        const refusedHere = (await db.outbox.where('status').equals('refused').toArray()).map((r) => r.seq);
        expect(new Set(refusedHere)).toEqual(bad);
        const receipts = await s.db.db.select().from(syncMutations).where(eq(syncMutations.clientId, id));
        expect(receipts.map((r) => r.seq).sort((a, b) => a - b)).toEqual([...good, ...bad].sort((a, b) => a - b));
        for (const r of receipts) expect(r.status).toBe(good.has(r.seq) ? 'applied' : 'refused');
        expect((await preferenceChanges()) - before).toBe(good.size);
        if (last !== null) expect((await getRecord('preferences', customerId))?.data.largeText).toBe(last);
      }),
      { numRuns: 20, endOnFailure: true },
    );
  }, 240_000);
});

describe('the same (client, seq) again', () => {
  it('gets the first answer, refusals included; with another name or args it is a conflict, never applied', async () => {
    const clientId = crypto.randomUUID();
    const at = new Date().toISOString();
    const send = (mutations: unknown[]) =>
      zhang.post<{ results: { seq: number; status: string; reason?: string }[] }>('/api/sync/push', {
        clientId,
        mutations,
      });
    const first = await send([
      { seq: 1, name: 'preferences.set', args: { largeText: true, notifyMarketing: false }, at },
      { seq: 2, name: 'booking.cancel', args: { id: crypto.randomUUID() }, at },
    ]);
    expect(first.body.results).toMatchObject([
      { seq: 1, status: 'applied' },
      { seq: 2, status: 'refused', reason: 'not_found' },
    ]);
    const changes = await preferenceChanges();
    // Keys in another order are the same args.
    const again = await send([
      { seq: 1, name: 'preferences.set', args: { notifyMarketing: false, largeText: true }, at },
      { seq: 2, name: 'booking.cancel', args: { id: crypto.randomUUID() }, at },
    ]);
    expect(again.body.results[0]).toMatchObject({ seq: 1, status: 'applied' });
    expect(again.body.results[1]).toMatchObject({ seq: 2, status: 'refused', reason: 'conflict' });
    const other = await send([{ seq: 1, name: 'preferences.set', args: { largeText: false }, at }]);
    expect(other.body.results).toMatchObject([{ seq: 1, status: 'refused', reason: 'conflict' }]);
    const renamed = await send([{ seq: 1, name: 'booking.cancel', args: { id: crypto.randomUUID() }, at }]);
    expect(renamed.body.results).toMatchObject([{ seq: 1, status: 'refused', reason: 'conflict' }]);
    expect(await preferenceChanges()).toBe(changes);
    const [receipt] = await s.db.db.select().from(syncMutations).where(eq(syncMutations.clientId, clientId));
    expect(receipt).toMatchObject({ seq: 1, status: 'applied', name: 'preferences.set' });
  });
});
