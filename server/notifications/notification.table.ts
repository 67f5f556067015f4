import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, instant } from '../db/columns.ts';
import type { LocalizedText } from '@shared/notifications/notification.schema.ts';
import { customers } from '../customers/customer.table.ts';

/**
 * One row per notification in a customer's in-app notification center (written by notify()).
 * `dedupe_key` makes a notification idempotent per customer (a reminder, an event): a second
 * notify() with the same key is a no-op. `delivery` tracks the outside channels (Web Push):
 * 'none' when no outside sender was registered, 'pending' until the delivery job handed it over.
 */
export const notifications = pgTable(
  'notification',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    kind: text('kind').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    body: jsonb('body').$type<LocalizedText>().notNull(),
    link: text('link'),
    dedupeKey: text('dedupe_key'),
    delivery: text('delivery', { enum: ['none', 'pending', 'done'] })
      .notNull()
      .default('none'),
    createdAt: createdAtColumn(),
    readAt: instant('read_at'),
  },
  (t) => [
    index('notification_customer_idx').on(t.customerId, t.createdAt),
    uniqueIndex('notification_dedupe_idx').on(t.customerId, t.dedupeKey),
    index('notification_delivery_idx').on(t.createdAt).where(sql`${t.delivery} = 'pending'`),
  ],
);
