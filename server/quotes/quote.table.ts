import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, instant } from '../db/columns.ts';
import type { AuthorizationContent } from '@shared/quotes/authorization.schema.ts';
import { centers } from '../center/center.table.ts';
import { customers } from '../customers/customer.table.ts';
import { findings } from '../health-record/finding.table.ts';
import { visits } from '../health-record/visit.table.ts';
import { staff } from '../staff/staff.table.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';

/**
 * A quote for extra work on a visit. `version` is the current version: revising a sent quote adds a
 * version (its lines are new rows), so every version the customer ever saw stays as it was.
 */
export const quotes = pgTable(
  'quote',
  {
    id: idColumn(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id),
    kind: text('kind', { enum: ['standard', 'supplementary'] }).notNull(),
    status: text('status', { enum: ['draft', 'sent', 'decided', 'withdrawn'] }).notNull(),
    version: integer('version').notNull().default(1),
    title: text('title').notNull(),
    note: text('note'),
    createdById: uuid('created_by_id').references(() => staff.id),
    sentAt: instant('sent_at'),
    decidedAt: instant('decided_at'),
    withdrawnAt: instant('withdrawn_at'),
    /** Why it can no longer be decided: the car was delivered with it open, or staff took it back. */
    withdrawnReason: text('withdrawn_reason', { enum: ['visit_delivered', 'staff'] }),
    createdAt: createdAtColumn(),
  },
  (t) => [index('quote_visit_idx').on(t.visitId), index('quote_customer_idx').on(t.customerId)],
);

/** One version of a quote: when and by whom it was made, and why (a revision's reason). */
export const quoteVersions = pgTable(
  'quote_version',
  {
    quoteId: uuid('quote_id')
      .notNull()
      .references(() => quotes.id),
    version: integer('version').notNull(),
    reason: text('reason'),
    createdById: uuid('created_by_id').references(() => staff.id),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex('quote_version_pk').on(t.quoteId, t.version)],
);

/** A priced line of one version. `key` is stable across versions, so versions can be compared. */
export const quoteLines = pgTable(
  'quote_line',
  {
    id: idColumn(),
    quoteId: uuid('quote_id')
      .notNull()
      .references(() => quotes.id),
    version: integer('version').notNull(),
    key: uuid('key').notNull(),
    position: integer('position').notNull(),
    tier: text('tier', { enum: ['required', 'recommended', 'optional'] }).notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    partsFen: integer('parts_fen').notNull(),
    labourFen: integer('labour_fen').notNull(),
    findingId: uuid('finding_id').references(() => findings.id),
    consequence: text('consequence'),
    benefit: text('benefit'),
    risk: text('risk'),
    /** The center's service type a deferred line is booked as (e.g. brake_check); default maintenance. */
    serviceCode: text('service_code'),
  },
  (t) => [uniqueIndex('quote_line_version_key').on(t.quoteId, t.version, t.key)],
);

/**
 * The signed decision on a quote: immutable (a trigger refuses UPDATE, DELETE and TRUNCATE, see
 * migration quotes_authorization_immutable). `content` is what the customer signed and `content_hash`
 * its SHA-256 over canonical JSON; one record per quote, so a quote is decided once.
 */
export const quoteAuthorizations = pgTable(
  'quote_authorization',
  {
    id: uuid('id').primaryKey(),
    quoteId: uuid('quote_id')
      .notNull()
      .references(() => quotes.id),
    quoteVersion: integer('quote_version').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    channel: text('channel', { enum: ['app', 'link'] }).notNull(),
    signedAt: instant('signed_at').notNull(),
    content: jsonb('content').$type<AuthorizationContent>().notNull(),
    contentHash: text('content_hash').notNull(),
  },
  (t) => [uniqueIndex('quote_authorization_quote_idx').on(t.quoteId)],
);

/**
 * A deferred line, kept until it is booked or dismissed: a booking proposal at the chosen time is made
 * for it (near ones are shown as proposed bookings, later ones as reminders).
 */
export const quoteDeferrals = pgTable(
  'quote_deferral',
  {
    id: idColumn(),
    quoteId: uuid('quote_id')
      .notNull()
      .references(() => quotes.id),
    authorizationId: uuid('authorization_id')
      .notNull()
      .references(() => quoteAuthorizations.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    lineKey: uuid('line_key').notNull(),
    findingId: uuid('finding_id').references(() => findings.id),
    title: text('title').notNull(),
    totalFen: integer('total_fen').notNull(),
    dueAt: instant('due_at').notNull(),
    kind: text('kind', { enum: ['booking', 'reminder'] }).notNull(),
    status: text('status', { enum: ['proposed', 'booked', 'dismissed'] })
      .notNull()
      .default('proposed'),
    /** The booking proposal made for it (booking feature), which the customer accepts with one tap. */
    proposalId: uuid('proposal_id'),
    bookingId: uuid('booking_id'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('quote_deferral_due_idx').on(t.dueAt).where(sql`status = 'proposed'`),
    index('quote_deferral_customer_idx').on(t.customerId),
  ],
);

/** A remote approval link sent by SMS; the token names this row, so a link can be revoked. */
export const quoteLinks = pgTable(
  'quote_link',
  {
    id: idColumn(),
    quoteId: uuid('quote_id')
      .notNull()
      .references(() => quotes.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    expiresAt: instant('expires_at').notNull(),
    createdById: uuid('created_by_id').references(() => staff.id),
    createdAt: createdAtColumn(),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('quote_link_quote_idx').on(t.quoteId)],
);
