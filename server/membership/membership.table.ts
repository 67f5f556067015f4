import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Draw } from '@shared/membership/ledger.ts';
import type { MembershipSettings } from '@shared/membership/settings.schema.ts';
import { centers } from '../center/center.table.ts';
import { customers } from '../customers/customer.table.ts';
import { createdAtColumn, idColumn, instant } from '../db/columns.ts';
import { staff } from '../staff/staff.table.ts';

/** A center's tiers and points rules (absent: the defaults). */
export const membershipSettings = pgTable('membership_settings', {
  centerId: uuid('center_id')
    .primaryKey()
    .references(() => centers.id),
  settings: jsonb('settings').$type<MembershipSettings>().notNull(),
  updatedById: uuid('updated_by_id').references(() => staff.id),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/**
 * One row per customer with points: locked FOR UPDATE by every spend, expiry and reversal, so two
 * redemptions at once on one balance run one after the other (the balance is always the ledger's sum).
 */
export const pointsAccounts = pgTable('points_account', {
  customerId: uuid('customer_id')
    .primaryKey()
    .references(() => customers.id),
  createdAt: createdAtColumn(),
});

/**
 * The append-only points ledger (shared/membership/ledger.ts has the rules). `idemKey` makes each
 * entry happen once whatever retries come: an earn is keyed by its source ("earn:visit:<id>"), a
 * reversal by the entry it reverses, a redemption by its payment, an expiry by its lot.
 */
export const pointsEntries = pgTable(
  'points_entry',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    kind: text('kind', { enum: ['earn', 'spend', 'expire', 'reverse'] }).notNull(),
    /** visit | survey | referral | adjustment | redemption | expiry */
    source: text('source').notNull(),
    /** The visit, survey, referral, adjustment request or payment the entry comes from. */
    sourceId: text('source_id').notNull(),
    idemKey: text('idem_key').notNull(),
    points: integer('points').notNull(),
    lotId: uuid('lot_id'),
    draws: jsonb('draws').$type<Draw[]>(),
    reverses: uuid('reverses'),
    expiresAt: instant('expires_at'),
    reason: text('reason'),
    staffId: uuid('staff_id').references(() => staff.id),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex('points_entry_idem_idx').on(t.idemKey),
    index('points_entry_customer_idx').on(t.customerId, t.createdAt),
  ],
);
