/**
 * The delivery job: sends queued outside deliveries (notification_delivery rows) once each.
 * A row is locked FOR UPDATE SKIP LOCKED, sent and marked in one transaction, so two processes
 * never send the same row and a crash before commit leaves it pending for the next run.
 * Per row: the customer's consent for the kind's category, quiet hours (held until they end,
 * except a car that is ready), then the channel: Web Push to each working subscription (a 404/410
 * removes it), or a text message for what must arrive when push did not carry it, capped per day.
 */
import { and, asc, count, eq, gte, lte, sql } from 'drizzle-orm';
import { errorFields, logLine } from '../http/log.ts';
import {
  categoryOf,
  KIND_POLICY,
  PUSH_UNSHOWN_LIMIT,
  SMS_DAILY_CAP,
  type Category,
} from '@shared/notifications/channels.ts';
import type { NotificationKind } from '@shared/notifications/notification.schema.ts';
import { quietUntil } from '@shared/notifications/quiet-hours.ts';
import { zonedDate, zonedTimeToUtc } from '@shared/time.ts';
import { centers } from '../center/center.table.ts';
import { customers } from '../customers/customer.table.ts';
import type { Tx } from '../db/client.ts';
import type { AppDeps } from '../http/context.ts';
import { notificationDeliveries, pushSubscriptions } from './delivery.table.ts';
import { notifications } from './notification.table.ts';

type CustomerRow = typeof customers.$inferSelect;
type DeliveryRow = typeof notificationDeliveries.$inferSelect;
type NoticeRow = typeof notifications.$inferSelect;
type Outcome =
  | { status: 'sent' | 'skipped'; reason: string | null }
  | { status: 'pending'; reason: string; notBefore: Date };

const RETRY_AFTER_MS = 60_000;
const MAX_ATTEMPTS = 8;

const consents = (c: CustomerRow, category: Category) =>
  ({ reminders: c.notifyReminders, timeline: c.notifyTimeline, quotes: c.notifyQuotes, marketing: c.notifyMarketing })[
    category
  ];

/** Subscriptions that still prove they reach a person: recent pushes were shown on the device. */
async function workingSubscriptions(tx: Tx, customerId: string) {
  const subs = await tx.select().from(pushSubscriptions).where(eq(pushSubscriptions.customerId, customerId));
  return subs.filter((s) => s.unshown < PUSH_UNSHOWN_LIMIT);
}

/** The push payload: already in the customer's language, with the screen a click opens. */
export const pushPayload = (n: NoticeRow, locale: string) =>
  JSON.stringify({
    id: n.id,
    kind: n.kind,
    title: locale === 'en' ? n.title.en : n.title.zh,
    body: locale === 'en' ? n.body.en : n.body.zh,
    link: n.link ?? '/',
    lang: locale === 'en' ? 'en' : 'zh-CN',
  });

async function sendPush(tx: Tx, deps: AppDeps, d: DeliveryRow, n: NoticeRow, c: CustomerRow): Promise<Outcome> {
  if (!deps.push) return { status: 'skipped', reason: 'push_unavailable' };
  const subs = await workingSubscriptions(tx, c.id);
  if (!subs.length) return { status: 'skipped', reason: 'no_subscription' };
  const policy = KIND_POLICY[n.kind as NotificationKind];
  // The push's lifetime counts from when it was free to go (after quiet hours), not from when it was written.
  const since = Math.max(n.createdAt.getTime(), d.notBefore.getTime());
  const age = Math.floor((deps.clock.now().getTime() - since) / 1000);
  const ttlSeconds = Math.max(0, d.ttlSeconds - age);
  if (ttlSeconds === 0) return { status: 'skipped', reason: 'expired' };
  let sent = 0;
  let failure: string | null = null;
  for (const s of subs) {
    const out = await deps.push.send(s, pushPayload(n, c.locale), { ttlSeconds, urgency: policy.urgency });
    if (out.kind === 'gone') await tx.delete(pushSubscriptions).where(eq(pushSubscriptions.id, s.id));
    else if (out.kind === 'sent') {
      sent++;
      await tx
        .update(pushSubscriptions)
        .set({ unshown: sql`${pushSubscriptions.unshown} + 1` })
        .where(eq(pushSubscriptions.id, s.id));
    } else failure = out.reason;
  }
  if (sent) return { status: 'sent', reason: null };
  if (failure && d.attempts + 1 < MAX_ATTEMPTS)
    return { status: 'pending', reason: failure, notBefore: new Date(deps.clock.now().getTime() + RETRY_AFTER_MS) };
  return { status: 'skipped', reason: failure ?? 'subscription_gone' };
}

async function sendSms(tx: Tx, deps: AppDeps, n: NoticeRow, c: CustomerRow, zone: string): Promise<Outcome> {
  if (!c.smsFallback) return { status: 'skipped', reason: 'no_consent' };
  // Push goes first; a text message only when it did not carry the notice.
  const [push] = await tx
    .select()
    .from(notificationDeliveries)
    .where(and(eq(notificationDeliveries.notificationId, n.id), eq(notificationDeliveries.channel, 'web_push')));
  if (push?.status === 'pending') return { status: 'pending', reason: 'waiting_for_push', notBefore: push.notBefore };
  if (push?.status === 'sent') return { status: 'skipped', reason: 'push_delivered' };
  // The customer's row serialises the daily count across passes and processes.
  await tx.select({ id: customers.id }).from(customers).where(eq(customers.id, c.id)).for('update');
  const now = deps.clock.now();
  const dayStart = zonedTimeToUtc(zonedDate(now, zone), 0, zone);
  const [today] = await tx
    .select({ n: count() })
    .from(notificationDeliveries)
    .where(
      and(
        eq(notificationDeliveries.customerId, c.id),
        eq(notificationDeliveries.channel, 'sms'),
        eq(notificationDeliveries.status, 'sent'),
        gte(notificationDeliveries.sentAt, dayStart),
      ),
    );
  if ((today?.n ?? 0) >= SMS_DAILY_CAP) return { status: 'skipped', reason: 'daily_cap' };
  const title = c.locale === 'en' ? n.title.en : n.title.zh;
  const body = c.locale === 'en' ? n.body.en : n.body.zh;
  const link = n.link && deps.publicUrl ? ` ${deps.publicUrl.replace(/\/$/, '')}${n.link}` : '';
  await deps.sms.send({ to: c.phone, text: `【Pitlane】${title}：${body}${link}`, kind: 'notice' });
  return { status: 'sent', reason: null };
}

async function deliverOne(tx: Tx, deps: AppDeps, d: DeliveryRow): Promise<Outcome> {
  // The notice, its customer and the center's zone in one read.
  const [row] = await tx
    .select({ n: notifications, c: customers, zone: centers.timeZone })
    .from(notifications)
    .innerJoin(customers, eq(customers.id, notifications.customerId))
    .innerJoin(centers, eq(centers.id, customers.centerId))
    .where(eq(notifications.id, d.notificationId));
  if (!row) return { status: 'skipped', reason: 'gone' };
  const { n, c, zone } = row;
  const kind = n.kind as NotificationKind;
  // Settled before it left (the customer already decided in the app): pushing it would be stale.
  if (n.settledAt) return { status: 'skipped', reason: 'settled' };
  if (!consents(c, categoryOf(kind))) return { status: 'skipped', reason: 'no_consent' };
  if (!KIND_POLICY[kind].ignoresQuietHours) {
    const until = quietUntil(deps.clock.now(), c.quietFrom, c.quietTo, zone);
    if (until) return { status: 'pending', reason: 'quiet_hours', notBefore: until };
  }
  return d.channel === 'web_push' ? sendPush(tx, deps, d, n, c) : sendSms(tx, deps, n, c, zone);
}

/** Sends what is due; returns how many rows were settled (sent or skipped). */
export async function deliverPendingNotifications(deps: AppDeps, limit = 50): Promise<number> {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(notificationDeliveries)
      .where(and(eq(notificationDeliveries.status, 'pending'), lte(notificationDeliveries.notBefore, now)))
      // Push rows first, so a text message knows whether push carried the notice.
      .orderBy(asc(notificationDeliveries.notBefore), sql`${notificationDeliveries.channel} = 'sms'`)
      .limit(limit)
      .for('update', { skipLocked: true });
    let settled = 0;
    for (const d of due) {
      let out: Outcome;
      try {
        out = await deliverOne(tx, deps, d);
      } catch (e) {
        deps.log(logLine('notification_delivery_failed', { delivery: d.id, ...errorFields(e) }));
        out = { status: 'pending', reason: 'error', notBefore: new Date(now.getTime() + RETRY_AFTER_MS) };
      }
      const attempts =
        out.status === 'pending' && out.reason !== 'quiet_hours' && out.reason !== 'waiting_for_push'
          ? d.attempts + 1
          : d.attempts;
      await tx
        .update(notificationDeliveries)
        .set({
          status: out.status,
          reason: out.reason,
          attempts,
          ...(out.status === 'pending' ? { notBefore: out.notBefore } : {}),
          ...(out.status === 'sent' ? { sentAt: now } : {}),
        })
        .where(eq(notificationDeliveries.id, d.id));
      if (out.status !== 'pending') settled++;
    }
    return settled;
  });
}
