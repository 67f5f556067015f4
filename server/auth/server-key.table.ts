import { pgTable, text } from 'drizzle-orm/pg-core';
import { createdAtColumn } from '../db/columns.ts';

/**
 * Keys every API process must share on one PostgreSQL: the HMAC secret (sign-in codes, signed links)
 * and the Web Push VAPID key pair. The first process to start writes them; the others read them, so a
 * code requested through one process verifies on another and a subscription made through one is sent
 * to by all. (The embedded database keeps them in its data folder, as before.)
 */
export const serverKeys = pgTable('server_key', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAtColumn(),
});
