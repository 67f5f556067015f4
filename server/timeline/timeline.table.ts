import {
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { idColumn, instant } from '../db/columns.ts';
import type { Compensation } from '@shared/timeline/timeline.schema.ts';
import { visits } from '../health-record/visit.table.ts';
import { staff } from '../staff/staff.table.ts';

/**
 * One step of a visit the customer sees. The poster's name and role are copied in: the event keeps
 * who said it at the time. `details` holds a delay's or an early finish's structured facts.
 * `position` numbers a visit's events 1, 2, 3… in the order they were posted (taken under the visit's
 * row lock), so two events in the same millisecond still have one order on every device.
 */
export const timelineEvents = pgTable(
  'timeline_event',
  {
    id: idColumn(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    note: text('note'),
    /** Optional English text beside the note, for a customer who reads English. */
    noteEn: text('note_en'),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    staffName: text('staff_name').notNull(),
    staffRole: text('staff_role', { enum: ['advisor', 'technician', 'manager'] }).notNull(),
    at: instant('at').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [uniqueIndex('timeline_event_visit_position_idx').on(t.visitId, t.position)],
);

/** Every promise made for a visit, oldest first: the last is the current one; the rest is its history. */
export const visitPromises = pgTable(
  'visit_promise',
  {
    id: idColumn(),
    /** Insertion order: promises made in the same instant still have one order. */
    n: bigserial('n', { mode: 'number' }).notNull(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id),
    reason: text('reason', { enum: ['estimate', 'delay', 'early_finish'] }).notNull(),
    estimateMinutes: integer('estimate_minutes'),
    readyAt: instant('ready_at').notNull(),
    note: text('note'),
    compensation: jsonb('compensation').$type<Compensation[]>().notNull().default([]),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    setAt: instant('set_at').notNull(),
  },
  (t) => [index('visit_promise_visit_idx').on(t.visitId, t.n)],
);

/** What the advisor decided for the delivery summary; the rest is read from the visit's records. */
export const deliverySummaries = pgTable('delivery_summary', {
  visitId: uuid('visit_id')
    .primaryKey()
    .references(() => visits.id),
  note: text('note'),
  noteEn: text('note_en'),
  nextServiceCode: text('next_service_code'),
  nextDueDate: date('next_due_date', { mode: 'string' }),
  nextNote: text('next_note'),
  builtBy: uuid('built_by')
    .notNull()
    .references(() => staff.id),
  builtAt: instant('built_at').notNull(),
});

/** One verification item (seed 001) and the customer's confirmation of it, with the server's time. */
export const deliveryChecks = pgTable(
  'delivery_check',
  {
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id),
    key: text('key').notNull(),
    note: text('note').notNull(),
    position: integer('position').notNull(),
    confirmedAt: instant('confirmed_at'),
    /** The device that confirmed (sync client id), for the record. */
    confirmedBy: uuid('confirmed_by'),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.key] })],
);
