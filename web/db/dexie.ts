/**
 * The one IndexedDB database. Three tables, planned once so their keys never change (SYNC.md trap):
 * - records: every customer-facing row the server published, keyed by [entity+id]; features read
 *   them by entity (and scope, e.g. a vehicle id). New features need no new tables or versions.
 * - outbox:  the customer's queued mutations, keyed by the per-device sequence number.
 * - meta:    device facts (client id, next seq, pull cursor, signed-in user, last sync time).
 */
import Dexie, { type EntityTable } from 'dexie';

export type RecordRow = { entity: string; id: string; scope: string; data: Record<string, unknown>; seq: number };

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

export const DB_NAME = 'pitlane';

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
