import { boolean, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn } from '../db/columns.ts';
import { centers } from '../center/center.table.ts';

export const customers = pgTable('customer', {
  id: idColumn(),
  centerId: uuid('center_id')
    .notNull()
    .references(() => centers.id),
  phone: text('phone').notNull().unique(),
  /** How the center addresses the customer: 张先生, 王女士. */
  name: text('name').notNull(),
  locale: text('locale').notNull().default('zh-CN'),
  largeText: boolean('large_text').notNull().default(false),
  notifyReminders: boolean('notify_reminders').notNull().default(true),
  notifyTimeline: boolean('notify_timeline').notNull().default(true),
  notifyQuotes: boolean('notify_quotes').notNull().default(true),
  notifyMarketing: boolean('notify_marketing').notNull().default(false),
  createdAt: createdAtColumn(),
});
