import { jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { FapiaoTitle } from '@shared/billing/fapiao.schema.ts';
import { customers } from '../customers/customer.table.ts';
import { instant } from '../db/columns.ts';
import { visits } from '../health-record/visit.table.ts';

/**
 * The customer's receipt (发票) request for a visit's bill: one per visit, the latest request wins
 * (a corrected email or title replaces the first until the center issues it).
 */
export const fapiaoRequests = pgTable('fapiao_request', {
  visitId: uuid('visit_id')
    .primaryKey()
    .references(() => visits.id),
  customerId: uuid('customer_id')
    .notNull()
    .references(() => customers.id),
  title: jsonb('title').$type<FapiaoTitle>().notNull(),
  email: text('email').notNull(),
  requestedAt: instant('requested_at').notNull(),
  /** The device that sent it (sync client id), for the record. */
  clientId: uuid('client_id'),
});
