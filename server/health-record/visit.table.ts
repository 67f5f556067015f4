import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, instant } from '../db/columns.ts';
import { centers } from '../center/center.table.ts';
import { customers } from '../customers/customer.table.ts';
import { staff } from '../staff/staff.table.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';

/**
 * A visit of a vehicle to the center, from check-in to delivery. The live timeline ([E]) adds
 * events to a visit in progress; quotes ([F]) hang off it; the health record ([C]) lists it.
 */
export const visits = pgTable(
  'visit',
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
    status: text('status', { enum: ['in_progress', 'ready', 'delivered'] }).notNull(),
    serviceCode: text('service_code'),
    title: text('title').notNull(),
    mileageKm: integer('mileage_km').notNull(),
    advisorId: uuid('advisor_id').references(() => staff.id),
    technicianId: uuid('technician_id').references(() => staff.id),
    checkedInAt: instant('checked_in_at').notNull(),
    deliveredAt: instant('delivered_at'),
    /** Months of warranty on the work done (seed 001: e.g. 12). */
    warrantyMonths: integer('warranty_months').notNull().default(12),
    totalFen: integer('total_fen').notNull().default(0),
    paidFen: integer('paid_fen').notNull().default(0),
    paidAt: instant('paid_at'),
    /** wechat | alipay | card | cash | warranty */
    paymentMethod: text('payment_method'),
    note: text('note'),
    createdAt: createdAtColumn(),
  },
  (t) => [index('visit_vehicle_idx').on(t.vehicleId, t.checkedInAt), index('visit_customer_idx').on(t.customerId)],
);

/** One itemized line of work on a visit: parts and labour priced separately, in fen. */
export const visitItems = pgTable(
  'visit_item',
  {
    id: idColumn(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    /** The part replaced, when the line replaced one. */
    partName: text('part_name'),
    partsFen: integer('parts_fen').notNull().default(0),
    labourFen: integer('labour_fen').notNull().default(0),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('visit_item_visit_idx').on(t.visitId)],
);
