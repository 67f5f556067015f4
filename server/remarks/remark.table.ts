import { index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { RemarkAnswer } from '@shared/remarks/remark.schema.ts';
import { idColumn, instant } from '../db/columns.ts';
import { centers } from '../center/center.table.ts';
import { customers } from '../customers/customer.table.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';

/**
 * What the customer said (or the workshop left for later) about a vehicle, until answered. `ref` names
 * where it came from ('booking:<id>', 'finding:<id>', 'deferral:<quote>:<line>') so the same source
 * never makes two remarks — a deferred line of a finding and the finding left open are one remark.
 * `answers` keeps every visit's answer (the last one is the status), so no delivery summary loses its own.
 */
export const vehicleRemarks = pgTable(
  'vehicle_remark',
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
    source: text('source', { enum: ['booking', 'check_in', 'finding', 'deferral'] }).notNull(),
    ref: text('ref'),
    text: text('text').notNull(),
    status: text('status', { enum: ['open', 'checked', 'fixed', 'still_open'] })
      .notNull()
      .default('open'),
    answers: jsonb('answers').$type<RemarkAnswer[]>().notNull().default([]),
    raisedAt: instant('raised_at').notNull(),
  },
  (t) => [uniqueIndex('vehicle_remark_ref_idx').on(t.ref), index('vehicle_remark_vehicle_idx').on(t.vehicleId)],
);
