import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../../tests/helpers/test-server.ts';
import { changeLog, syncMutations } from '../db/tables.ts';

let s: TestServer;
let c: Client;
let customerId: string;

beforeAll(async () => {
  s = await startTestServer();
  c = await s.signInCustomer();
  customerId = ((await c.get<{ id: string }>('/api/auth/me')).body as { id: string }).id;
});
afterAll(() => s?.stop());

const mutation = (seq: number, largeText = seq % 2 === 0) => ({
  seq,
  name: 'preferences.set',
  args: { largeText },
  at: new Date().toISOString(),
});
const push = (clientId: string, seqs: number[]) =>
  c.post<{ lastSeq: number; results: { seq: number; status: string }[] }>('/api/sync/push', {
    clientId,
    mutations: seqs.map((n) => mutation(n)),
  });
const preferenceChanges = async () =>
  (
    await s.db.db
      .select({ n: count() })
      .from(changeLog)
      .where(and(eq(changeLog.customerId, customerId), eq(changeLog.entity, 'preferences')))
  )[0]!.n;

describe('sync push', () => {
  it('applies the same batch sent twice at once exactly once', async () => {
    const clientId = crypto.randomUUID();
    const before = await preferenceChanges();
    const [a, b] = await Promise.all([push(clientId, [1, 2, 3]), push(clientId, [1, 2, 3])]);
    expect([a.status, b.status]).toEqual([200, 200]);
    // Both answers carry the same three receipts: one batch applied them, the other read them back.
    expect(a.body.results.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(b.body.results.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(await preferenceChanges()).toBe(before + 3);
  });

  it('applies batches delivered out of order once each, in sequence order', async () => {
    const clientId = crypto.randomUUID();
    const before = await preferenceChanges();
    const answers = await Promise.all([
      push(clientId, [4, 5]),
      push(clientId, [3]),
      push(clientId, [1, 2]),
      push(clientId, [2, 3]),
    ]);
    // Whatever arrived before its predecessors was refused as out of order (409) and is re-sent.
    for (const a of answers) expect([200, 409]).toContain(a.status);
    const retry = await push(clientId, [1, 2, 3, 4, 5]);
    expect(retry.status).toBe(200);
    expect(retry.body.lastSeq).toBe(5);
    const receipts = await s.db.db.select().from(syncMutations).where(eq(syncMutations.clientId, clientId));
    expect(receipts.map((r) => r.seq).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(await preferenceChanges()).toBe(before + 5);
  });

  it('answers a gap with 409 and the expected sequence number', async () => {
    const clientId = crypto.randomUUID();
    const r = await c.post<{ error: string; details: { expected: number } }>('/api/sync/push', {
      clientId,
      mutations: [mutation(3)],
    });
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ error: 'out_of_order', details: { expected: 1 } });
  });

  it('records a refusal with its reason and moves on', async () => {
    const clientId = crypto.randomUUID();
    const r = await c.post<{ results: { seq: number; status: string; reason?: string }[] }>('/api/sync/push', {
      clientId,
      mutations: [
        { seq: 1, name: 'preferences.set', args: { locale: 'fr' }, at: new Date().toISOString() },
        mutation(2),
      ],
    });
    expect(r.body.results).toMatchObject([
      { seq: 1, status: 'refused', reason: 'invalid' },
      { seq: 2, status: 'applied' },
    ]);
  });

  it("does not let one customer push on another customer's device id", async () => {
    const clientId = crypto.randomUUID();
    expect((await push(clientId, [1])).status).toBe(200);
    const other = await s.signInCustomer('13900139000');
    const r = await other.post('/api/sync/push', { clientId, mutations: [mutation(2)] });
    expect(r.status).toBe(404);
  });

  it('pulls only what changed after the cursor, with the client’s last processed seq', async () => {
    const clientId = crypto.randomUUID();
    const first = await c.get<{ cursor: number; changes: unknown[] }>(`/api/sync/pull?since=0&clientId=${clientId}`);
    expect(first.body.changes.length).toBeGreaterThan(0);
    await push(clientId, [1]);
    const next = await c.get<{ cursor: number; lastMutationSeq: number; changes: { entity: string }[] }>(
      `/api/sync/pull?since=${first.body.cursor}&clientId=${clientId}`,
    );
    expect(next.body.lastMutationSeq).toBe(1);
    expect(next.body.changes.map((x) => x.entity)).toEqual(['preferences']);
  });
});
