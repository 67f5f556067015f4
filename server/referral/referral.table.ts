import { date, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, instant } from '../db/columns.ts';
import { centers } from '../center/center.table.ts';
import { customers } from '../customers/customer.table.ts';

/**
 * One personal link per referrer. The code is stored as is (not hashed like share tokens): it is
 * meant to be passed around, opens nothing but the invite page, and the referrer must see the same
 * link on every device. It is random, so it says nothing about the referrer.
 */
export const referralLinks = pgTable('referral_link', {
  id: idColumn(),
  customerId: uuid('customer_id')
    .notNull()
    .unique()
    .references(() => customers.id),
  code: text('code').notNull().unique(),
  /** What the friend sees: the family name and title the referrer chose (张 + mr → 张先生). */
  familyName: text('family_name').notNull(),
  title: text('title', { enum: ['mr', 'ms'] }).notNull(),
  createdAt: createdAtColumn(),
});

/**
 * A friend who came through a link: a lead, not a customer. Their booking is a request for a day and
 * part of day that the center confirms by phone — see referral-book.service.ts for why it is not a
 * row in `booking`. A phone is a lead once per center, so a friend is never counted for two referrers.
 */
export const referralLeads = pgTable(
  'referral_lead',
  {
    id: idColumn(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    linkId: uuid('link_id')
      .notNull()
      .references(() => referralLinks.id),
    referrerId: uuid('referrer_id')
      .notNull()
      .references(() => customers.id),
    name: text('name').notNull(),
    phone: text('phone').notNull(),
    status: text('status', { enum: ['invited', 'booked', 'visited', 'purchased'] }).notNull(),
    service: text('service', { enum: ['test_drive', 'first_service'] }),
    preferredDate: date('preferred_date', { mode: 'string' }),
    partOfDay: text('part_of_day', { enum: ['morning', 'afternoon'] }),
    invitedAt: createdAtColumn(),
    bookedAt: instant('booked_at'),
    visitedAt: instant('visited_at'),
    purchasedAt: instant('purchased_at'),
    /** When the friend first came (visited or purchased): the moment that counts for the year's levels. */
    convertedAt: instant('converted_at'),
  },
  (t) => [
    unique('referral_lead_phone_uq').on(t.centerId, t.phone),
    index('referral_lead_referrer_idx').on(t.referrerId),
  ],
);

/** A reward level reached in a calendar year: the unique key makes each level once per year. */
export const referralRewards = pgTable(
  'referral_reward',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    year: integer('year').notNull(),
    level: integer('level').notNull(),
    points: integer('points').notNull(),
    /** The conversion that reached the level (the points ledger's source id). */
    leadId: uuid('lead_id')
      .notNull()
      .references(() => referralLeads.id),
    /** The membership ledger entry that credited the points, once it has. */
    pointsEntryId: text('points_entry_id'),
    createdAt: createdAtColumn(),
  },
  (t) => [unique('referral_reward_level_uq').on(t.customerId, t.year, t.level)],
);
