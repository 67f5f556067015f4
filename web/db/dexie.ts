/**
 * The one IndexedDB database. Three tables, planned once so their keys never change (docs/sync.md, traps):
 * - records: every customer-facing row the server published, keyed by [entity+id]; features read
 *   them by entity (and scope, e.g. a vehicle id). New features need no new tables or versions.
 * - outbox:  the customer's queued mutations, keyed by the per-device sequence number.
 * - meta:    device facts (client id, next seq, pull cursor, signed-in user, last sync time).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { EntityRow, MirroredEntity } from '@shared/sync/entity-schemas.ts';
import { DB_NAME } from './local-data.ts';

/**
 * A confirmed row. The pull writes only rows that passed their entity's schema, so a row read back
 * under an entity's name is that entity's row: `isRecordOf` narrows by the name it checks.
 */
export type RecordRow = {
  entity: MirroredEntity;
  id: string;
  scope: string;
  data: EntityRow<MirroredEntity>;
  seq: number;
};
type RecordRows = { [E in MirroredEntity]: { entity: E; id: string; scope: string; data: EntityRow<E>; seq: number } };
export type RecordOf<E extends MirroredEntity> = RecordRows[E];
export const isRecordOf = <E extends MirroredEntity>(row: RecordRow, entity: E): row is RecordOf<E> =>
  row.entity === entity;

export type OutboxStatus = 'pending' | 'sent' | 'refused';
export type OutboxRow = {
  seq: number;
  name: string;
  args: unknown;
  at: string;
  status: OutboxStatus;
  /** Why the server refused it (an error code), and what it offered instead. */
  reason?: string;
  details?: unknown;
  attempts?: number;
};

export type MetaRow = { key: string; value: unknown };

export { DB_NAME };

export class PitlaneDb extends Dexie {
  records!: Dexie.Table<RecordRow, [string, string]>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      records: '[entity+id], entity, [entity+scope]',
      outbox: 'seq, status',
      meta: 'key',
    });
    // Another tab opened a newer schema (a new app version): reload into it rather than block it.
    this.on('versionchange', () => {
      this.close();
      if (typeof location !== 'undefined') location.reload();
      return false;
    });
  }
}

export const db = new PitlaneDb();

export async function getMeta<T>(key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}
export const setMeta = (key: string, value: unknown) => db.meta.put({ key, value });

/** One confirmed row by entity and id, typed by its entity. */
export async function getRecord<E extends MirroredEntity>(entity: E, id: string): Promise<RecordOf<E> | undefined> {
  const row = await db.records.get([entity, id]);
  return row && isRecordOf(row, entity) ? row : undefined;
}
