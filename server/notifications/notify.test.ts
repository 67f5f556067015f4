import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from '@shared/notifications/notification.schema.ts';
import { type Client, startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';
import { customers } from '../customers/customer.table.ts';
import { notify } from './notify.ts';

let s: TestServer;
let zhang: Client;
let zhangId: string;
beforeAll(async () => {
  s = await startTestServer();
  zhang = await s.signInCustomer();
  const [row] = await s.db.db.select().from(customers).where(eq(customers.phone, '13800138000'));
  zhangId = row!.id;
});
afterAll(() => s?.stop());

type Pull = { changes: { entity: string; id: string; data: Notification | null }[] };
const notificationsOf = async (c: Client) => {
  const r = await c.get<Pull>('/api/sync/pull?since=0');
  const latest = new Map<string, Notification | null>();
  for (const ch of r.body.changes) if (ch.entity === 'notification') latest.set(ch.id, ch.data);
  return [...latest.values()].filter((n): n is Notification => n !== null);
};

const input = (dedupeKey?: string) => ({
  customerId: zhangId,
  kind: 'other' as const,
  title: { zh: '测试通知', en: 'Test notice' },
  body: { zh: '正文', en: 'Body' },
  link: '/bookings',
  ...(dedupeKey ? { dedupeKey } : {}),
});

describe('notify', () => {
  it('publishes the notification to the customer and is idempotent by dedupe key', async () => {
    const first = await s.db.db.transaction((tx) => notify(tx, input('k1')));
    const again = await s.db.db.transaction((tx) => notify(tx, input('k1')));
    expect(first?.title.zh).toBe('测试通知');
    expect(again).toBeNull();
    const mine = (await notificationsOf(zhang)).filter((n) => n.title.en === 'Test notice');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ readAt: null, link: '/bookings', kind: 'other' });
  });

  it('leaves nothing behind when the transaction rolls back', async () => {
    await expect(
      s.db.db.transaction(async (tx) => {
        await notify(tx, input('rolled-back'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const again = await s.db.db.transaction((tx) => notify(tx, input('rolled-back')));
    expect(again).not.toBeNull();
  });

  it('refuses a link to another origin', async () => {
    await expect(s.db.db.transaction((tx) => notify(tx, { ...input(), link: '//evil.example' }))).rejects.toThrow();
  });

  it('marks read through the outbox push, only the customer’s own', async () => {
    const n = await s.db.db.transaction((tx) => notify(tx, input('to-read')));
    const wang = await s.signInCustomer('13900139000');
    const wangClient = randomUUID();
    const other = await wang.post<{ results: { status: string; result: { read: number } }[] }>('/api/sync/push', {
      clientId: wangClient,
      mutations: [{ seq: 1, name: 'notifications.markRead', args: { ids: [n!.id] }, at: new Date().toISOString() }],
    });
    expect(other.body.results[0]).toMatchObject({ status: 'applied', result: { read: 0 } });

    const r = await zhang.post<{ results: { status: string; result: { read: number } }[] }>('/api/sync/push', {
      clientId: randomUUID(),
      mutations: [{ seq: 1, name: 'notifications.markRead', args: { ids: [n!.id] }, at: new Date().toISOString() }],
    });
    expect(r.status).toBe(200);
    expect(r.body.results[0]).toMatchObject({ status: 'applied', result: { read: 1 } });
    const after = (await notificationsOf(zhang)).find((x) => x.id === n!.id);
    expect(after?.readAt).not.toBeNull();
  });
});
