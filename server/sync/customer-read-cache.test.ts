import { describe, expect, it } from 'vitest';
import { startTestServer } from '../../tests/helpers/test-server.ts';
import { customerReadCache } from './customer-read-cache.ts';

function fakeHub() {
  const changes = new Set<(id: string) => void>();
  const resyncs = new Set<() => void>();
  return {
    onCustomerChange: (h: (id: string) => void) => {
      changes.add(h);
      return () => changes.delete(h);
    },
    onResync: (h: () => void) => {
      resyncs.add(h);
      return () => resyncs.delete(h);
    },
    change: (id: string) => {
      for (const h of changes) h(id);
    },
    resync: () => {
      for (const h of resyncs) h();
    },
  };
}

describe('customerReadCache', () => {
  it('answers from memory until the customer’s data changes, in any process', async () => {
    const hub = fakeHub();
    const cache = customerReadCache(hub);
    let reads = 0;
    const read = async () => ++reads;
    expect(await cache.get('a', 'vehicles', read)).toBe(1);
    expect(await cache.get('a', 'vehicles', read)).toBe(1);
    hub.change('b');
    expect(await cache.get('a', 'vehicles', read)).toBe(1);
    hub.change('a');
    expect(await cache.get('a', 'vehicles', read)).toBe(2);
    hub.resync();
    expect(await cache.get('a', 'vehicles', read)).toBe(3);
    cache.stop();
  });

  it('does not store a read that a change overtook', async () => {
    const hub = fakeHub();
    const cache = customerReadCache(hub);
    let release!: () => void;
    const slow = cache.get('a', 'vehicles', () => new Promise<string>((r) => (release = () => r('old'))));
    hub.change('a');
    release();
    expect(await slow).toBe('old');
    expect(await cache.get('a', 'vehicles', async () => 'new')).toBe('new');
    cache.stop();
  });

  it('expires entries after its lifetime even without a change', async () => {
    let now = 0;
    const cache = customerReadCache(fakeHub(), { ttlMs: 100, monotonic: () => now });
    let reads = 0;
    await cache.get('a', 'v', async () => ++reads);
    now = 150;
    expect(await cache.get('a', 'v', async () => ++reads)).toBe(2);
    cache.stop();
  });

  it('on the real server: a vehicle staff register shows in the customer’s next read at once', async () => {
    const s = await startTestServer();
    try {
      const wang = await s.signInCustomer('13900139000');
      const me = (await wang.get<{ id: string }>('/api/auth/me')).body;
      const before = (await wang.get<unknown[]>('/api/vehicles')).body.length;
      expect((await wang.get<unknown[]>('/api/vehicles')).body).toHaveLength(before); // now cached
      const advisor = await s.signInStaff('advisor');
      const created = await advisor.post('/api/staff/vehicles', {
        customerId: me.id,
        model: 'BYD 海豹',
        plate: '沪AF99999',
        vin: 'LGXCE4CB0P0000001',
        color: null,
        mileageKm: 100,
        purchaseDate: '2026-01-01',
        warrantyUntil: null,
        warrantyKm: null,
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect((await wang.get<unknown[]>('/api/vehicles')).body).toHaveLength(before + 1);
    } finally {
      await s.stop();
    }
  });
});
