import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, instant } from '../db/columns.ts';
import { customers } from '../customers/customer.table.ts';
import { notifications } from './notification.table.ts';

/**
 * A browser's Web Push subscription. `unshown` counts pushes sent since the device last said it
 * showed one (Apple's service accepts pushes for dead subscriptions, so acceptance proves nothing).
 */
export const pushSubscriptions = pgTable(
  'push_subscription',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    userAgent: text('user_agent'),
    unshown: integer('unshown').notNull().default(0),
    lastShownAt: instant('last_shown_at'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex('push_subscription_endpoint_idx').on(t.endpoint),
    index('push_subscription_customer_idx').on(t.customerId),
  ],
);

/**
 * One row per notification and outside channel: the unique key makes "exactly once per event and
 * channel" a database fact, whatever retries or processes run the delivery job. `notBefore` holds
 * a row through the customer's quiet hours.
 */
export const notificationDeliveries = pgTable(
  'notification_delivery',
  {
    id: idColumn(),
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    channel: text('channel', { enum: ['web_push', 'sms'] }).notNull(),
    status: text('status', { enum: ['pending', 'sent', 'skipped'] })
      .notNull()
      .default('pending'),
    /** Why it was skipped, or what the last failed attempt said. */
    reason: text('reason'),
    /** Seconds the push service may keep it (from the kind, or until the appointment). */
    ttlSeconds: integer('ttl_seconds').notNull(),
    attempts: integer('attempts').notNull().default(0),
    notBefore: instant('not_before').notNull().defaultNow(),
    sentAt: instant('sent_at'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex('notification_delivery_once_idx').on(t.notificationId, t.channel),
    index('notification_delivery_due_idx').on(t.notBefore).where(sql`${t.status} = 'pending'`),
  ],
);
