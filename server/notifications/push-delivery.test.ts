import { and, eq, lte } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CUSTOMER_PHONE } from '../demo/demo.constants.ts';
import { startPushReceiver } from '../../tests/helpers/push-receiver.ts';
import { type Client, startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';
import { customers } from '../customers/customer.table.ts';
import { notificationDeliveries, pushSubscriptions } from './delivery.table.ts';
import { deliverPendingNotifications } from './deliver.ts';
import { notify, type NotifyInput } from './notify.ts';

let s: TestServer;
let zhang: Client;
let zhangId: string;
let receiver: Awaited<ReturnType<typeof startPushReceiver>>;
let n = 0;
// Other demo customers' notices may be texted meanwhile by the server's own delivery job.
const textsToZhang = () => s.sms.sent.filter((m) => m.kind === 'notice' && m.to === DEMO_CUSTOMER_PHONE);

beforeAll(async () => {
  s = await startTestServer();
  zhang = await s.signInCustomer();
  const [row] = await s.db.db.select().from(customers).where(eq(customers.phone, DEMO_CUSTOMER_PHONE));
  zhangId = row!.id;
  receiver = await startPushReceiver();
});
afterAll(async () => {
  await s?.stop();
  await receiver?.close();
});

beforeEach(async () => {
  // Each test starts from no subscription, all consents on, the default quiet hours and a daytime clock.
  await deliverAll();
  // Start from nothing queued: the demo is seeded around the real today, so its notices could fall
  // due inside a test's clock and crowd the pushes a test counts.
  await s.db.db
    .update(notificationDeliveries)
    .set({ status: 'skipped', reason: 'test_reset' })
    .where(eq(notificationDeliveries.status, 'pending'));
  await s.db.db.delete(pushSubscriptions);
  await s.db.db
    .update(customers)
    .set({ notifyTimeline: true, notifyReminders: true, smsFallback: true, quietFrom: '22:00', quietTo: '08:00' })
    .where(eq(customers.id, zhangId));
  s.clock.set('2026-12-03T03:00:00Z'); // 11:00 in Shanghai
  receiver.received.length = 0;
  s.sms.sent.length = 0;
});

const notice = (kind: NotifyInput['kind'], extra: Partial<NotifyInput> = {}) =>
  s.db.db.transaction((tx) =>
    notify(tx, {
      customerId: zhangId,
      kind,
      title: { zh: '您的车已可取', en: 'Your car is ready' },
      body: { zh: '欢迎随时来取车', en: 'Collect it any time' },
      link: '/visit',
      at: s.clock.now(),
      dedupeKey: `test:${++n}`,
      ...extra,
    }),
  );

async function subscribe(device: string) {
  const sub = receiver.subscribe(device);
  const r = await zhang.post('/api/push/subscriptions', sub);
  expect(r.status).toBe(200);
  return sub;
}

/**
 * Runs delivery passes until nothing due is left. The server's own job, woken by each commit, may
 * hold a row meanwhile (SKIP LOCKED lets this pass go by it), so one pass is not enough to know.
 */
async function deliverAll() {
  for (let i = 0; i < 100; i++) {
    await deliverPendingNotifications(s.deps, 500);
    const due = await s.db.db
      .select({ id: notificationDeliveries.id })
      .from(notificationDeliveries)
      .where(and(eq(notificationDeliveries.status, 'pending'), lte(notificationDeliveries.notBefore, s.clock.now())));
    if (due.length === 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('deliveries still due after 100 passes');
}

const deliveriesOf = (id: string) =>
  s.db.db.select().from(notificationDeliveries).where(eq(notificationDeliveries.notificationId, id));

describe('Web Push through a real push protocol', () => {
  it('encrypts for the subscription, signs with VAPID, and carries the notice in the customer’s language', async () => {
    await subscribe('phone-1');
    const sent = await notice('car_ready');
    await deliverAll();
    const [push] = await receiver.waitFor(1);
    expect(push!.payload).toEqual({
      id: sent!.id,
      kind: 'car_ready',
      title: '您的车已可取',
      body: '欢迎随时来取车',
      link: '/visit',
      lang: 'zh-CN',
    });
    expect(push!.audience).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // Car ready: urgent and short-lived, never the library's four-week default.
    expect(push!.urgency).toBe('high');
    expect(push!.ttl).toBeLessThanOrEqual(4 * 3600);
    expect(push!.ttl).toBeGreaterThan(3 * 3600);
  });

  it('a reminder lives until the appointment', async () => {
    await subscribe('phone-ttl');
    await notice('booking_reminder_24h', { ttlSeconds: 5400 });
    await deliverAll();
    const [push] = await receiver.waitFor(1);
    expect(push!.ttl).toBeLessThanOrEqual(5400);
    expect(push!.ttl).toBeGreaterThan(5300);
    expect(push!.urgency).toBe('normal');
  });

  it('delivers once per event and channel, whatever retries run', async () => {
    await subscribe('phone-once');
    const key = `once:${++n}`;
    await notice('timeline_event', { dedupeKey: key });
    await notice('timeline_event', { dedupeKey: key }); // the same event again: no second notice
    await Promise.all([deliverPendingNotifications(s.deps), deliverPendingNotifications(s.deps)]);
    await deliverAll();
    await receiver.waitFor(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(receiver.received).toHaveLength(1);
  });

  it('removes a subscription the push service says is gone', async () => {
    const sub = await subscribe('phone-gone');
    receiver.expire('phone-gone');
    const sent = await notice('timeline_event');
    await deliverAll();
    const left = await s.db.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, sub.endpoint));
    expect(left).toHaveLength(0);
    expect((await deliveriesOf(sent!.id)).find((d) => d.channel === 'web_push')?.status).toBe('skipped');
  });

  it('refuses a subscription on a local address when not testing', async () => {
    const r = await zhang.post('/api/push/subscriptions', { endpoint: 'not a url', keys: { p256dh: 'x', auth: 'y' } });
    expect(r.status).toBe(400);
  });
});

describe('consent and quiet hours', () => {
  it('opting out of a category stops its pushes', async () => {
    await subscribe('phone-consent');
    await s.db.db.update(customers).set({ notifyTimeline: false }).where(eq(customers.id, zhangId));
    const sent = await notice('timeline_event');
    await deliverAll();
    expect(receiver.received).toHaveLength(0);
    expect((await deliveriesOf(sent!.id))[0]).toMatchObject({ status: 'skipped', reason: 'no_consent' });
  });

  it('holds a notice through quiet hours and sends it when they end; a ready car goes at once', async () => {
    await subscribe('phone-night');
    s.clock.set('2026-12-03T15:30:00Z'); // 23:30 in Shanghai
    const step = await notice('timeline_event');
    const ready = await notice('car_ready');
    await deliverAll();
    await receiver.waitFor(1);
    expect(receiver.received.map((p) => (p.payload as { id: string }).id)).toEqual([ready!.id]);
    const held = (await deliveriesOf(step!.id))[0]!;
    expect(held).toMatchObject({ status: 'pending', reason: 'quiet_hours' });
    expect(held.notBefore.toISOString()).toBe('2026-12-04T00:00:00.000Z'); // 08:00 in Shanghai

    s.clock.set('2026-12-03T23:59:00Z');
    await deliverAll();
    expect(receiver.received).toHaveLength(1);
    s.clock.set('2026-12-04T00:00:30Z');
    await deliverAll();
    await receiver.waitFor(2);
    expect((receiver.received[1]!.payload as { id: string }).id).toBe(step!.id);
  });
});

describe('text messages for what must arrive', () => {
  it('texts a ready car once when the customer has no push', async () => {
    await notice('car_ready');
    await Promise.all([deliverPendingNotifications(s.deps), deliverPendingNotifications(s.deps)]);
    await deliverAll();
    const texts = textsToZhang();
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ to: DEMO_CUSTOMER_PHONE });
    expect(texts[0]!.text).toContain('您的车已可取');
  });

  it('does not text what a working push carried, nor what need not arrive', async () => {
    await subscribe('phone-works');
    await notice('car_ready');
    await notice('timeline_event');
    await deliverAll();
    await receiver.waitFor(2);
    expect(textsToZhang()).toHaveLength(0);
  });

  it('texts when pushes were accepted but never shown (a dead Apple subscription), and again once shown', async () => {
    const sub = await subscribe('phone-silent');
    for (let i = 0; i < 3; i++) await notice('timeline_event');
    await deliverAll();
    await receiver.waitFor(3);
    await notice('car_ready');
    await deliverAll();
    expect(textsToZhang()).toHaveLength(1);
    expect(receiver.received).toHaveLength(3);
    // The service worker reports a shown push: the channel counts again.
    expect((await zhang.post('/api/push/shown', { endpoint: sub.endpoint })).status).toBe(200);
    await notice('car_ready');
    await deliverAll();
    await receiver.waitFor(4);
    expect(textsToZhang()).toHaveLength(1);
  });

  it('respects the text-message opt-out and the daily cap', async () => {
    await s.db.db.update(customers).set({ smsFallback: false }).where(eq(customers.id, zhangId));
    await notice('car_ready');
    await deliverAll();
    expect(textsToZhang()).toHaveLength(0);
    await s.db.db.update(customers).set({ smsFallback: true }).where(eq(customers.id, zhangId));
    s.clock.set('2026-12-05T03:00:00Z');
    for (let i = 0; i < 7; i++) await notice('car_ready');
    await deliverAll();
    expect(textsToZhang()).toHaveLength(5);
  });
});
