import { boolean, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn } from '../db/columns.ts';
import { centers } from '../center/center.table.ts';

/**
 * A customer is a person's relationship with ONE center: the same phone may be a customer of several
 * centers (a chain on one database), each with its own record, so a center never learns from an answer
 * that a phone is known elsewhere.
 */
export const customers = pgTable(
  'customer',
  {
    id: idColumn(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    phone: text('phone').notNull(),
    /** How the center addresses the customer: 张先生, 王女士. */
    name: text('name').notNull(),
    locale: text('locale').notNull().default('zh-CN'),
    largeText: boolean('large_text').notNull().default(false),
    notifyReminders: boolean('notify_reminders').notNull().default(true),
    notifyTimeline: boolean('notify_timeline').notNull().default(true),
    notifyQuotes: boolean('notify_quotes').notNull().default(true),
    notifyMarketing: boolean('notify_marketing').notNull().default(false),
    /** What must arrive (quote waiting, car ready, the 2 h reminder) also comes by text message when push cannot carry it. */
    smsFallback: boolean('sms_fallback').notNull().default(true),
    /** Quiet hours in the center's zone, "HH:MM": pushes and texts are held until they end. */
    quietFrom: text('quiet_from').notNull().default('22:00'),
    quietTo: text('quiet_to').notNull().default('08:00'),
    createdAt: createdAtColumn(),
  },
  (t) => [unique('customer_center_phone').on(t.centerId, t.phone)],
);
