/**
 * Fan-out between processes: a customer's live stream open on process 1 receives a change that staff
 * made through process 2 (a car registered for the customer) within a second, every time, and the
 * change is in what the customer then pulls, on either process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, json } from '../faults/http.ts';
import { signInDemo } from '../faults/world.ts';
import { type Processes, signInStaff, startProcesses, TEST_DATABASE_URL } from './processes.ts';
import { openLiveStream } from './sse.ts';

const ROUNDS = 10;

let cluster: Processes | null = null;
beforeAll(async () => {
  if (TEST_DATABASE_URL) cluster = await startProcesses(2);
});
afterAll(() => cluster?.stop());

describe.skipIf(!TEST_DATABASE_URL)('live fan-out across processes (PostgreSQL)', () => {
  it('a staff change through process 2 reaches the customer stream on process 1 within a second', async () => {
    const [p1, p2] = cluster!.servers as [Processes['servers'][0], Processes['servers'][0]];
    const customer = await signInDemo(p1.url);
    const me = json<{ id: string }>(await call(p1.url, 'GET', '/api/auth/me', { cookie: customer }))!;
    const staff = await signInStaff(p2.url);
    const stream = openLiveStream(p1.url, customer);
    try {
      expect(await stream.next('hello', 0)).not.toBeNull();
      const late: number[] = [];
      for (let i = 1; i <= ROUNDS; i++) {
        const from = stream.events.length;
        const sent = performance.now();
        const r = await call(p2.url, 'POST', '/api/staff/vehicles', {
          cookie: staff,
          json: {
            customerId: me.id,
            model: 'Model Y',
            plate: `沪C${String(i).padStart(5, '0')}`,
            vin: `LRW3E7FA0PC${String(300000 + i)}`,
            mileageKm: i,
            purchaseDate: '2026-01-15',
          },
        });
        expect(r.status, r.text).toBe(201);
        const got = await stream.next('change', from, 1000);
        if (!got || got.at - sent > 1000) late.push(i);
        else expect(Number(got.id)).toBeGreaterThan(0);
      }
      expect(late, 'rounds whose change did not reach the other process within a second').toEqual([]);
      // What the poke points at is there to pull, on either process.
      for (const p of [p1, p2]) {
        const pulled = json<{ changes: { entity: string; data: { plate?: string } | null }[] }>(
          await call(p.url, 'GET', `/api/sync/pull?since=0&clientId=${crypto.randomUUID()}`, { cookie: customer }),
        )!;
        const plates = pulled.changes.filter((c) => c.entity === 'vehicle').map((c) => c.data?.plate);
        expect(plates).toContain(`沪C${String(ROUNDS).padStart(5, '0')}`);
      }
    } finally {
      stream.close();
    }
  });
});
