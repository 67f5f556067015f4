import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, instant } from '../db/columns.ts';
import { customers } from '../customers/customer.table.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';

/**
 * A read-only link to one vehicle's history (for a buyer when the car is sold). The token is made on
 * the owner's device and only its keyed hash (HMAC with the server secret) is stored, so a database
 * leak gives no working links; revoking keeps the row so the link answers 410 "no longer shared".
 */
export const shareLinks = pgTable(
  'share_link',
  {
    id: uuid('id').primaryKey(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    tokenHash: text('token_hash').notNull().unique(),
    label: text('label'),
    createdAt: createdAtColumn(),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('share_link_vehicle_idx').on(t.vehicleId)],
);
