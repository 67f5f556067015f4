import { index, integer, jsonb, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import type { CaseEvent } from '@shared/surveys/survey-staff.schema.ts';
import type { Rescore } from '@shared/surveys/survey-view.schema.ts';
import { centers } from '../center/center.table.ts';
import { customers } from '../customers/customer.table.ts';
import { createdAtColumn, idColumn, instant } from '../db/columns.ts';
import { visits } from '../health-record/visit.table.ts';
import { staff } from '../staff/staff.table.ts';

/**
 * One survey per delivered visit (the visit's id is its key, so a second one cannot exist). The row
 * appears when it is offered (24 h after delivery, by the job) or when the customer answers first;
 * the answer columns fill once, on submit. The advisor is copied in for the per-advisor averages.
 */
export const surveys = pgTable(
  'survey',
  {
    visitId: uuid('visit_id')
      .primaryKey()
      .references(() => visits.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    advisorId: uuid('advisor_id').references(() => staff.id),
    offeredAt: instant('offered_at'),
    submittedAt: instant('submitted_at'),
    /** 'app' (the outbox) or 'link' (the signed text-message link). */
    channel: text('channel', { enum: ['app', 'link'] }),
    attitude: smallint('attitude'),
    expertise: smallint('expertise'),
    waiting: smallint('waiting'),
    overall: smallint('overall'),
    nps: smallint('nps'),
    comment: text('comment'),
    createdAt: createdAtColumn(),
  },
  (t) => [index('survey_center_submitted_idx').on(t.centerId, t.submittedAt)],
);

/**
 * A detractor's recovery case (score ≤ 6): due 24 h after it opened, for the visit's advisor; flagged
 * overdue and escalated to the center's manager by the check job. `events` is its history (opened,
 * taken, closed with what was done, re-scored, reopened, overdue); `rescores` the customer's later
 * scores, kept beside the first one in the survey row.
 */
export const recoveryCases = pgTable(
  'recovery_case',
  {
    id: idColumn(),
    visitId: uuid('visit_id')
      .notNull()
      .unique()
      .references(() => surveys.visitId),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    assignedToId: uuid('assigned_to_id').references(() => staff.id),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    openedAt: instant('opened_at').notNull(),
    dueAt: instant('due_at').notNull(),
    takenById: uuid('taken_by_id').references(() => staff.id),
    overdueAt: instant('overdue_at'),
    escalatedToId: uuid('escalated_to_id').references(() => staff.id),
    closedAt: instant('closed_at'),
    resolution: text('resolution'),
    rescores: jsonb('rescores').$type<Rescore[]>().notNull().default([]),
    events: jsonb('events').$type<CaseEvent[]>().notNull().default([]),
    /** Times it was reopened by a low re-score. */
    reopened: integer('reopened').notNull().default(0),
  },
  (t) => [index('recovery_case_open_idx').on(t.status, t.dueAt)],
);
