import { index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, instant } from '../db/columns.ts';
import type { LocalizedText } from '@shared/notifications/notification.schema.ts';
import { customers } from '../customers/customer.table.ts';

/**
 * One row per notification in a customer's in-app notification center (written by notify()).
 * `dedupe_key` makes a notification idempotent per customer (a reminder, an event): a second
 * notify() with the same key is a no-op. Outside channels are tracked per channel in
 * notification_delivery (./delivery.table.ts).
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
    createdAt: createdAtColumn(),
    readAt: instant('read_at'),
    /** The call to act is over (the quote was decided or withdrawn): shown as history, never pushed. */
    settledAt: instant('settled_at'),
  },
  (t) => [
    index('notification_customer_idx').on(t.customerId, t.createdAt),
    uniqueIndex('notification_dedupe_idx').on(t.customerId, t.dedupeKey),
  ],
);
