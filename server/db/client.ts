/**
 * Opens the database: a PostgreSQL server when DATABASE_URL is set, otherwise embedded PGlite in a
 * data folder. Both give the same Drizzle database type, run the same migrations at start, and offer
 * LISTEN/NOTIFY through one `listen` function, so no code above this file knows which it got.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './tables.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Subscribes to a NOTIFY channel; `onReconnect` runs when a dropped listener comes back. */
  listen: (
    channel: string,
    onPayload: (payload: string) => void,
    onReconnect?: () => void,
  ) => Promise<() => Promise<void>>;
  close: () => Promise<void>;
};

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export type OpenOptions = {
  url?: string | undefined;
  dataDir?: string | undefined;
  memory?: boolean;
  loadDataDir?: Blob;
};

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.url ? openPostgres(options.url) : openPglite(options);
}

async function openPostgres(url: string): Promise<Database> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const sql = postgres(url, { max: 10, onnotice: () => {}, idle_timeout: 30 });
  const db = drizzle({ client: sql, schema });
  await migrateOnce(sql, () => migrate(db, { migrationsFolder: MIGRATIONS_DIR }));
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    listen: async (channel, onPayload, onReconnect) => {
      let first = true;
      const sub = await sql.listen(channel, onPayload, () => {
        if (!first) onReconnect?.();
        first = false;
      });
      return () => sub.unlisten();
    },
    close: () => sql.end({ timeout: 5 }),
  };
}

/** Several processes may start at once on one server: an advisory lock lets one migrate at a time. */
async function migrateOnce(sql: import('postgres').Sql, run: () => Promise<void>) {
  await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(727274)`;
    await run();
  });
}

async function openPglite(options: OpenOptions): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  let client: InstanceType<typeof PGlite>;
  if (options.memory || !options.dataDir) {
    client = await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  } else {
    const dir = resolve(options.dataDir);
    mkdirSync(dirname(dir), { recursive: true }); // PGlite creates only the last path segment
    client = await PGlite.create(dir);
  }
  const db = drizzle({ client, schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    listen: async (channel, onPayload) => client.listen(channel, onPayload),
    close: () => client.close(),
  };
}

/** Raw `db.execute` answers differ: postgres.js gives an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
