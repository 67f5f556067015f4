import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { customers } from '../customers/customer.table.ts';

export const vehicles = pgTable(
  'vehicle',
  {
    id: uuid('id').primaryKey().defaultRandom(),
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('vehicle_customer_idx').on(t.customerId)],
);
