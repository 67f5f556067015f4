/**
 * Event → push received: a notice committed through notify() (the pipeline: delivery row, NOTIFY
 * wake-up, consent and quiet-hour checks, VAPID signing and aes128gcm encryption) until the local
 * push service has received and decrypted it, p50/p99 over 200 events — beside a bare push in the
 * same run (the same PushService sending a ready payload straight to the same push service).
 */
import { eq } from 'drizzle-orm';
import { customers } from '../../server/customers/customer.table.ts';
import { DEMO_CUSTOMER_PHONE } from '../../server/demo/demo.constants.ts';
import { notify } from '../../server/notifications/notify.ts';
import { startPushReceiver } from '../../tests/helpers/push-receiver.ts';
import { define, log } from '../lib/section.ts';
import { percentile, round1, startBenchServer } from '../lib/sync-page.ts';

const EVENTS = 200;

export default define({
  name: 'notifications',
  run: async () => {
    const s = await startBenchServer();
    const receiver = await startPushReceiver();
    try {
      const zhang = await s.signInCustomer();
      const sub = receiver.subscribe('bench-phone');
      await zhang.post('/api/push/subscriptions', sub);
      const [row] = await s.db.db.select().from(customers).where(eq(customers.phone, DEMO_CUSTOMER_PHONE));
      // Quiet hours off for the bench: every notice may leave at once, whatever the time of day.
      await s.db.db.update(customers).set({ quietFrom: '00:00', quietTo: '00:00' }).where(eq(customers.id, row!.id));
      const target = { endpoint: sub.endpoint, p256dh: sub.keys.p256dh, auth: sub.keys.auth };

      log(`bare push ×${EVENTS}…`);
      const bare: number[] = [];
      for (let i = 0; i < EVENTS; i++) {
        const t0 = performance.now();
        await s.deps.push!.send(
          target,
          JSON.stringify({ id: `bare-${i}`, title: 't', body: 'b', link: '/', lang: 'zh-CN' }),
          {
            ttlSeconds: 60,
            urgency: 'normal',
          },
        );
        bare.push(performance.now() - t0);
      }
      await receiver.waitFor(EVENTS);

      log(`event → push ×${EVENTS}…`);
      const piped: number[] = [];
      for (let i = 0; i < EVENTS; i++) {
        const before = receiver.received.length;
        const t0 = performance.now();
        await s.db.db.transaction((tx) =>
          notify(tx, {
            customerId: row!.id,
            kind: 'timeline_event',
            title: { zh: '进度更新', en: 'Progress' },
            body: { zh: `第 ${i} 步`, en: `Step ${i}` },
            link: '/visit',
            dedupeKey: `bench:${Date.now()}:${i}`,
          }),
        );
        await receiver.waitFor(before + 1, 15_000);
        piped.push(performance.now() - t0);
        // What the service worker does on showing a push: keeps the subscription counted as working.
        await zhang.post('/api/push/shown', { endpoint: sub.endpoint });
      }
      const p50 = percentile(piped, 50);
      const bareP50 = percentile(bare, 50);
      return {
        'push.p50Ms': round1(p50),
        'push.p99Ms': round1(percentile(piped, 99)),
        'barePush.p50Ms': round1(bareP50),
        'barePush.p99Ms': round1(percentile(bare, 99)),
        'push.ratioP50': round1(p50 / Math.max(bareP50, 0.1)),
      };
    } finally {
      await receiver.close();
      await s.stop();
    }
  },
});
