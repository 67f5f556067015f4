import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn } from '../db/columns.ts';
import { centers } from '../center/center.table.ts';

export const staff = pgTable('staff', {
  id: idColumn(),
  centerId: uuid('center_id')
    .notNull()
    .references(() => centers.id),
  username: text('username').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ['advisor', 'technician', 'manager'] }).notNull(),
  /** scrypt: "salt:hash", both hex. */
  passwordHash: text('password_hash').notNull(),
  createdAt: createdAtColumn(),
});
