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
import { guardPostgresStrayWrites } from './postgres-guard.ts';
import { drainNotices, withAfterCommit } from './after-commit.ts';

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
  /** How many API processes share the PostgreSQL server (PITLANE_PROCESSES): sizes the pool. */
  processes?: number | undefined;
  dataDir?: string | undefined;
  memory?: boolean;
  loadDataDir?: Blob;
};

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.url ? openPostgres(options.url, options.processes ?? 1) : openPglite(options);
}

/** Most queries a process runs at once: more connections do not make 2 cores faster, only queue there. */
export const POOL_MAX = 10;
/** Connections left for psql, migrations of a new release starting beside the old, monitoring. */
const HEADROOM = 5;

/**
 * The pool of one process when `processes` of them share a server allowing `maxConnections`, of which
 * `reserved` are for superusers: an equal share of what is left after the headroom, minus the process's
 * listening connection (LISTEN holds one of its own), between 2 and POOL_MAX.
 */
export function poolSize(processes: number, maxConnections: number, reserved = 3): number {
  const share = Math.floor((maxConnections - reserved - HEADROOM) / Math.max(1, processes)) - 1;
  return Math.max(2, Math.min(POOL_MAX, share));
}

async function serverLimits(postgres: typeof import('postgres'), url: string) {
  const probe = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 2 });
  try {
    const [row] = await probe<{ max: string; reserved: string }[]>`
      select current_setting('max_connections') as max,
             current_setting('superuser_reserved_connections') as reserved`;
    return { max: Number(row?.max ?? 100), reserved: Number(row?.reserved ?? 3) };
  } finally {
    await probe.end({ timeout: 1 });
  }
}

async function openPostgres(url: string, processes: number): Promise<Database> {
  const { default: postgres } = await import('postgres');
  guardPostgresStrayWrites();
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  // An unreachable server fails fast (503 in about 2 s, not 15): a bounded connect, and a short wait
  // before a dropped connection is tried again (the driver's default grows to 20 s, and queries queue
  // behind it). No statement holds a connection for ever; the migration lifts that limit for itself.
  const limits = await serverLimits(postgres, url);
  const sql = postgres(url, {
    max: poolSize(processes, limits.max, limits.reserved),
    onnotice: () => {},
    idle_timeout: 30,
    connect_timeout: 2,
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5),
    connection: { statement_timeout: 15_000 },
  });
  const db = drizzle({ client: sql, schema });
  await migrateOnce(sql, () => migrate(db, { migrationsFolder: MIGRATIONS_DIR }));
  const wrapped = withAfterCommit(db as unknown as Db);
  return {
    db: wrapped,
    kind: 'postgres',
    listen: async (channel, onPayload, onReconnect) => {
      let first = true;
      const sub = await sql.listen(channel, onPayload, () => {
        if (!first) onReconnect?.();
        first = false;
      });
      return () => sub.unlisten();
    },
    close: async () => {
      await drainNotices(wrapped);
      await sql.end({ timeout: 5 });
    },
  };
}

/** Several processes may start at once on one server: an advisory lock lets one migrate at a time. */
async function migrateOnce(sql: import('postgres').Sql, run: () => Promise<void>) {
  await sql.begin(async (tx) => {
    await tx`set local statement_timeout = 0`;
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
  const wrapped = withAfterCommit(db as unknown as Db);
  return {
    db: wrapped,
    kind: 'pglite',
    listen: async (channel, onPayload) => client.listen(channel, onPayload),
    close: async () => {
      await drainNotices(wrapped);
      await client.close();
    },
  };
}

/** Raw `db.execute` answers differ: postgres.js gives an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
