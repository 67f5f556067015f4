import { index, integer, pgTable, real, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, instant } from '../db/columns.ts';
import { staff } from '../staff/staff.table.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { visits } from './visit.table.ts';

/** An inspection finding, graded red (fix now) / yellow (soon) / green (note). */
export const findings = pgTable(
  'finding',
  {
    id: idColumn(),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id),
    component: text('component').notNull(),
    grade: text('grade', { enum: ['red', 'yellow', 'green'] }).notNull(),
    /** The measured quantity, when there is one: brake_pad_mm, tread_mm, battery_pct. */
    measureKind: text('measure_kind'),
    measureValue: real('measure_value'),
    note: text('note').notNull().default(''),
    recommendation: text('recommendation').notNull().default(''),
    /** Optional English texts beside the note and advice, for a customer who reads English. */
    noteEn: text('note_en'),
    recommendationEn: text('recommendation_en'),
    status: text('status', { enum: ['open', 'fixed', 'deferred'] })
      .notNull()
      .default('open'),
    fixedInVisitId: uuid('fixed_in_visit_id').references(() => visits.id),
    technicianId: uuid('technician_id').references(() => staff.id),
    createdAt: createdAtColumn(),
  },
  (t) => [index('finding_vehicle_idx').on(t.vehicleId), index('finding_visit_idx').on(t.visitId)],
);

/** A measurement of a wear component at a visit (tread per tyre, pads per axle, battery health). */
export const readings = pgTable(
  'reading',
  {
    id: idColumn(),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    visitId: uuid('visit_id').references(() => visits.id),
    /** e.g. tread_fl, tread_fr, tread_rl, tread_rr, brake_pad_front, brake_pad_rear, battery */
    component: text('component').notNull(),
    kind: text('kind', { enum: ['tread_mm', 'brake_pad_mm', 'battery_pct'] }).notNull(),
    value: real('value').notNull(),
    mileageKm: integer('mileage_km').notNull(),
    measuredAt: instant('measured_at').notNull(),
  },
  (t) => [index('reading_vehicle_idx').on(t.vehicleId, t.component, t.measuredAt)],
);
