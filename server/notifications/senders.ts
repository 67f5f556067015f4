/**
 * Notification channels. The in-app notification center is the built-in channel: notify() writes
 * the row and publishes it inside the caller's transaction. Every other channel (Web Push with
 * VAPID, later SMS) implements NotificationSender and registers itself at start; the delivery job
 * (deliverPendingNotifications) hands each new notification to each sender once, after commit,
 * picking rows with FOR UPDATE SKIP LOCKED so several API processes never deliver one twice.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { NOTIFICATION_KINDS, type Notification } from '@shared/notifications/notification.schema.ts';
import type { Db } from '../db/client.ts';
import { notifications } from './notification.table.ts';

export type OutgoingNotification = Notification & {
  customerId: string;
  /** The preference that governs outside channels for this kind (customer.notify_<category>). */
  category: (typeof NOTIFICATION_KINDS)[keyof typeof NOTIFICATION_KINDS];
};

export interface NotificationSender {
  /** 'web_push', 'sms', … (the in-app center is built in and not a sender). */
  readonly channel: string;
  /**
   * Deliver one notification. Check the customer's opt-in and preference for `category` here.
   * Throw to have it retried on the next run; return when delivered or deliberately skipped.
   */
  send(n: OutgoingNotification): Promise<void>;
}

const senders: NotificationSender[] = [];

export function registerSender(sender: NotificationSender) {
  if (!senders.some((s) => s.channel === sender.channel)) senders.push(sender);
}
export const hasOutsideSenders = () => senders.length > 0;

/** Hands pending notifications to the registered senders; returns how many were handled. */
export async function deliverPendingNotifications(db: Db, limit = 50): Promise<number> {
  if (!senders.length) return 0;
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(notifications)
      .where(eq(notifications.delivery, 'pending'))
      .orderBy(asc(notifications.createdAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    const done: string[] = [];
    for (const r of rows) {
      const n: OutgoingNotification = {
        id: r.id,
        customerId: r.customerId,
        kind: r.kind as Notification['kind'],
        category: NOTIFICATION_KINDS[r.kind as Notification['kind']] ?? 'timeline',
        title: r.title,
        body: r.body,
        link: r.link,
        createdAt: r.createdAt.toISOString(),
        readAt: r.readAt?.toISOString() ?? null,
      };
      try {
        for (const s of senders) await s.send(n);
        done.push(r.id);
      } catch {
        // left pending: retried on the next run
      }
    }
    if (done.length)
      await tx
        .update(notifications)
        .set({ delivery: 'done' })
        .where(and(inArray(notifications.id, done)));
    return done.length;
  });
}
