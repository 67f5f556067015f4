import { bigint, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, instant } from '../db/columns.ts';
import { customers } from '../customers/customer.table.ts';

/** One row per device; locked FOR UPDATE during a push so one client's batches apply one at a time. */
export const syncClients = pgTable('sync_client', {
  clientId: uuid('client_id').primaryKey(),
  customerId: uuid('customer_id')
    .notNull()
    .references(() => customers.id),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
  createdAt: createdAtColumn(),
  lastSeenAt: instant('last_seen_at').notNull().defaultNow(),
});

/** The receipt of every processed mutation, written in the same transaction as its effect. */
export const syncMutations = pgTable(
  'sync_mutation',
  {
    clientId: uuid('client_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    name: text('name').notNull(),
    /** sha256 of the args as first sent: the same seq again with other args is a conflict, never applied. */
    argsHash: text('args_hash'),
    status: text('status', { enum: ['applied', 'refused'] }).notNull(),
    reason: text('reason'),
    result: jsonb('result'),
    clientAt: instant('client_at'),
    processedAt: instant('processed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.seq] })],
);

/**
 * Per-customer change sequence. Taking the next number locks this row until commit, so a customer's
 * changes commit in sequence order and a pull can never skip one that commits late.
 */
export const syncCursors = pgTable('sync_cursor', {
  customerId: uuid('customer_id')
    .primaryKey()
    .references(() => customers.id),
  seq: bigint('seq', { mode: 'number' }).notNull().default(0),
});

/** What each customer's devices must mirror: customer-facing rows, newest state per (entity, id). */
export const changeLog = pgTable(
  'change_log',
  {
    customerId: uuid('customer_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    scope: text('scope').notNull().default(''),
    op: text('op', { enum: ['put', 'delete'] }).notNull(),
    data: jsonb('data').$type<Record<string, unknown> | null>(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.seq] }),
    index('change_log_entity_idx').on(t.customerId, t.entity, t.entityId),
  ],
);
