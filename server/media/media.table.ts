import { customType, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn } from '../db/columns.ts';
import { customers } from '../customers/customer.table.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** The default blob store: bytes in PostgreSQL, behind server/media/blob-store.ts. */
export const blobs = pgTable('blob', {
  key: text('key').primaryKey(),
  contentType: text('content_type').notNull(),
  bytes: bytea('bytes').notNull(),
  createdAt: createdAtColumn(),
});

/**
 * A photo (or short video) attached to something a customer sees: a visit's before/after, a finding,
 * a timeline event. Stored re-encoded (no EXIF) as a display size and a thumbnail; never the original.
 * Served only through a route that checks the customer (or a share link's vehicle) owns it.
 */
export const media = pgTable(
  'media',
  {
    id: idColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    /** What it is attached to: 'visit' | 'finding' | 'timeline_event' | 'quote_line' … */
    ownerKind: text('owner_kind').notNull(),
    ownerId: uuid('owner_id').notNull(),
    /** 'before' | 'after' | 'evidence' | 'event' */
    role: text('role').notNull().default('evidence'),
    caption: text('caption'),
    contentType: text('content_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    displayKey: text('display_key').notNull(),
    thumbKey: text('thumb_key').notNull(),
    displayBytes: integer('display_bytes').notNull(),
    thumbBytes: integer('thumb_bytes').notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [index('media_owner_idx').on(t.ownerKind, t.ownerId), index('media_vehicle_idx').on(t.vehicleId)],
);
