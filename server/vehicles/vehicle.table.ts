import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn } from '../db/columns.ts';
import { customers } from '../customers/customer.table.ts';

export const vehicles = pgTable(
  'vehicle',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    model: text('model').notNull(),
    plate: text('plate').notNull().unique(),
    vin: text('vin').notNull().unique(),
    color: text('color'),
    mileageKm: integer('mileage_km').notNull(),
    purchaseDate: date('purchase_date', { mode: 'string' }).notNull(),
    warrantyUntil: date('warranty_until', { mode: 'string' }),
    warrantyKm: integer('warranty_km'),
    createdAt: createdAtColumn(),
  },
  (t) => [index('vehicle_customer_idx').on(t.customerId)],
);
