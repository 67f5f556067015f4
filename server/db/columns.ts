// Column shapes every feature's tables share, so each table states only what is its own.
import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** The surrogate key: a random UUID made by the database. */
export const idColumn = () => uuid('id').primaryKey().defaultRandom();

/** A point in time, always stored as timestamptz (UTC). */
export const instant = (name: string) => timestamp(name, { withTimezone: true });

/** When the row was written. */
export const createdAtColumn = () => instant('created_at').notNull().defaultNow();
