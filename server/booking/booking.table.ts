import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, instant } from '../db/columns.ts';
import type { RecommendationReason } from '@shared/booking/slot.schema.ts';
import { centers, serviceTypes } from '../center/center.table.ts';
import { customers } from '../customers/customer.table.ts';
import { staff } from '../staff/staff.table.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';

/**
 * One row per center and local day that has ever been booked: the LOCK that makes overbooking
 * impossible. Every transaction that takes capacity on a day (booking, reschedule, an exception
 * that removes capacity) first takes this row FOR UPDATE, then reads the day's bookings and picks a
 * bay; a second transaction for the same day waits until the first commits and then sees its
 * booking. Works the same with one PGlite or many API processes on one PostgreSQL.
 */
export const capacityDays = pgTable(
  'capacity_day',
  {
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    date: text('date').notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.centerId, t.date] })],
);

/** Exceptions to the weekly capacity published by staff: a holiday, special hours, a bay out of service. */
export const capacityExceptions = pgTable(
  'capacity_exception',
  {
    id: idColumn(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    date: text('date').notNull(),
    kind: text('kind', { enum: ['closed', 'bay_out', 'hours'] }).notNull(),
    bay: integer('bay'),
    fromMinute: integer('from_minute'),
    toMinute: integer('to_minute'),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').references(() => staff.id),
    createdAt: createdAtColumn(),
  },
  (t) => [index('capacity_exception_day_idx').on(t.centerId, t.date)],
);

export const bookings = pgTable(
  'booking',
  {
    /** Made on the device (the outbox mutation carries it), so the optimistic row keeps its id. */
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    serviceTypeId: uuid('service_type_id')
      .notNull()
      .references(() => serviceTypes.id),
    /** The center's local date of startsAt: the capacity_day row that guards this booking. */
    date: text('date').notNull(),
    bay: integer('bay').notNull(),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    status: text('status', { enum: ['confirmed', 'arrived', 'cancelled', 'completed'] }).notNull(),
    issues: text('issues').notNull().default(''),
    /** A loaner car asked for (only tiers with the benefit may: server/membership/loaner.ts). */
    loaner: boolean('loaner').notNull().default(false),
    advisorId: uuid('advisor_id').references(() => staff.id),
    reason: jsonb('reason').$type<RecommendationReason>(),
    proposalId: uuid('proposal_id'),
    source: text('source', { enum: ['app', 'staff', 'proposal', 'demo'] })
      .notNull()
      .default('app'),
    /** Who made it when not the owner: a family member booking for the shared vehicle (server/family/). */
    bookedById: uuid('booked_by_id').references(() => customers.id),
    createdAt: createdAtColumn(),
    cancelledAt: instant('cancelled_at'),
  },
  (t) => [
    index('booking_day_idx').on(t.centerId, t.date),
    index('booking_customer_idx').on(t.customerId, t.startsAt),
    // A second line of defence behind the day lock: one bay never holds two bookings starting together.
    uniqueIndex('booking_bay_start_idx').on(t.centerId, t.bay, t.startsAt).where(sql`${t.status} = 'confirmed'`),
  ],
);

/**
 * Reminder jobs (24 h and 2 h before). The scheduler takes due rows FOR UPDATE SKIP LOCKED and
 * writes the notification and the 'sent' status in one transaction, so each fires exactly once
 * across restarts and processes. Cancelling or moving the booking cancels its pending rows.
 */
export const bookingReminders = pgTable(
  'booking_reminder',
  {
    id: idColumn(),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    kind: text('kind', { enum: ['24h', '2h'] }).notNull(),
    dueAt: instant('due_at').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'cancelled', 'skipped'] })
      .notNull()
      .default('pending'),
    processedAt: instant('processed_at'),
  },
  (t) => [
    index('booking_reminder_due_idx').on(t.dueAt).where(sql`${t.status} = 'pending'`),
    index('booking_reminder_booking_idx').on(t.bookingId),
  ],
);

/** A next visit proposed by staff ("brake check in 3 months"); accepted with one tap or declined. */
export const bookingProposals = pgTable(
  'booking_proposal',
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
    serviceTypeId: uuid('service_type_id')
      .notNull()
      .references(() => serviceTypes.id),
    note: text('note').notNull().default(''),
    /** An optional English text beside the note, for a customer who reads English. */
    noteEn: text('note_en'),
    suggestedStartsAt: instant('suggested_starts_at').notNull(),
    proposedBy: uuid('proposed_by').references(() => staff.id),
    status: text('status', { enum: ['open', 'accepted', 'declined'] })
      .notNull()
      .default('open'),
    bookingId: uuid('booking_id'),
    createdAt: createdAtColumn(),
    decidedAt: instant('decided_at'),
  },
  (t) => [index('booking_proposal_customer_idx').on(t.customerId)],
);
