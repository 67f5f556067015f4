import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { customers } from '../customers/customer.table.ts';
import { idColumn, instant } from '../db/columns.ts';
import { visits } from '../health-record/visit.table.ts';
import { staff } from '../staff/staff.table.ts';

/**
 * A voucher in the customer's wallet (beside the points): given as delay compensation or an early
 * finish's thank-you (seed 003), worth `valueFen` off a later payment until `expiresAt`. It is used
 * once: the use is a conditional update (`used_at is null`), so two payments racing for one voucher
 * cannot both take it. `idemKey` makes each grant happen once whatever retries come.
 */
export const vouchers = pgTable(
  'voucher',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    /** wash | accessory (shared/membership/vouchers.ts) */
    kind: text('kind').notNull(),
    valueFen: integer('value_fen').notNull(),
    /** delay | early_finish */
    source: text('source').notNull(),
    /** The visit whose delay or early finish gave it. */
    sourceVisitId: uuid('source_visit_id').references(() => visits.id),
    idemKey: text('idem_key').notNull(),
    issuedAt: instant('issued_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
    usedVisitId: uuid('used_visit_id').references(() => visits.id),
    usedById: uuid('used_by_id').references(() => staff.id),
  },
  (t) => [
    uniqueIndex('voucher_idem_idx').on(t.idemKey),
    index('voucher_customer_idx').on(t.customerId, t.expiresAt),
    index('voucher_used_visit_idx').on(t.usedVisitId),
  ],
);
