/**
 * A fresh, migrated database per test server. PGlite: migrate once, dump the data dir to a file keyed
 * by the migrations, and load each test database from it (about 5x faster than initdb). PostgreSQL
 * (TEST_DATABASE_URL): migrate a template database once per migration set, then CREATE DATABASE
 * ... TEMPLATE for each test, dropped again on close.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { type Database, MIGRATIONS_DIR, openDatabase } from '../../server/db/client.ts';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
export const dbKind = TEST_DATABASE_URL ? 'postgres' : 'pglite';

function migrationsHash() {
  const h = createHash('sha256');
  for (const f of readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    h.update(f).update(readFileSync(join(MIGRATIONS_DIR, f)));
  }
  // The journal decides which files run and in what order: a regenerated set must not reuse a dump.
  h.update(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json')));
  return h.digest('hex').slice(0, 16);
}

async function pgliteDump(): Promise<Blob> {
  const file = join(tmpdir(), `pitlane-pglite-${migrationsHash()}.tar.gz`);
  if (!existsSync(file)) {
    const { PGlite } = await import('@electric-sql/pglite');
    const client = await PGlite.create();
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_DIR });
    const dump = await client.dumpDataDir('gzip');
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file); // atomic: parallel workers never read half a file
    await client.close();
  }
  return new Blob([readFileSync(file)]);
}

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function postgresTemplate(admin: postgres.Sql): Promise<string> {
  const name = `pitlane_tpl_${migrationsHash()}`;
  const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
  if (exists) return name;
  // Build under a temporary name and rename, so a half-built template is never used.
  const building = `${name}_b${randomBytes(3).toString('hex')}`;
  await admin.unsafe(`create database ${building}`);
  const db = await openDatabase({ url: withDatabase(TEST_DATABASE_URL!, building) });
  await db.close();
  try {
    await admin.unsafe(`alter database ${building} rename to ${name}`);
  } catch {
    await admin.unsafe(`drop database if exists ${building}`); // another worker won the race
  }
  return name;
}

export type TestDatabase = Database & { url?: string };

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) {
    return openDatabase({ memory: true, loadDataDir: await pgliteDump() });
  }
  const admin = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const template = await postgresTemplate(admin);
    const name = `pitlane_t_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    await admin.unsafe(`create database ${name} template ${template}`);
    const url = withDatabase(TEST_DATABASE_URL, name);
    const db = await openDatabase({ url });
    return {
      ...db,
      url,
      close: async () => {
        await db.close();
        const drop = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
        await drop.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
        await drop.end();
      },
    };
  } finally {
    await admin.end();
  }
}
