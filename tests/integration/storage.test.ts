/**
 * Storage: the real server restarted on the same data keeps everything and seeds the demo only once.
 * PGlite always (a data folder in a temp dir); PostgreSQL too when TEST_DATABASE_URL is set (a fresh
 * database, dropped afterwards). With both, the migrated schemas must be identical.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { memorySms } from '../../server/auth/sms.ts';
import { type Database, MIGRATIONS_DIR, openDatabase, rowsOf } from '../../server/db/client.ts';
import { DEMO_STAFF } from '../../server/demo/demo.constants.ts';
import { type RunningServer, type StartOptions, startServer } from '../../server/server.ts';
import { TEST_DATABASE_URL } from '../helpers/test-db.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pitlane-storage-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

async function freshPostgresUrl() {
  const admin = postgres(TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
  const name = `pitlane_restart_${randomBytes(4).toString('hex')}`;
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const drop = postgres(TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
    await drop.unsafe(`drop database if exists ${name} with (force)`);
    await drop.end();
  });
  const url = new URL(TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

const start = (opts: Partial<StartOptions> & { dataDir: string }) =>
  startServer({ port: 0, host: '127.0.0.1', demo: true, sms: memorySms(), log: () => {}, ...opts });

const call = async (server: RunningServer, path: string, init: { json?: unknown; cookie?: string } = {}) => {
  const res = await fetch(`http://127.0.0.1:${server.port}${path}`, {
    method: init.json === undefined ? 'GET' : 'POST',
    headers: {
      ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.cookie ? { cookie: init.cookie } : {}),
    },
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  });
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('pitlane='))
    ?.split(';')[0];
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & unknown[], cookie };
};

/** Row counts of every table (features add theirs; all must survive a restart unchanged). */
const tally = async (server: RunningServer) => {
  const db = server.deps.database.db;
  const tables = rowsOf<{ name: string }>(
    await db.execute(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    ),
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    counts[name] = Number(
      rowsOf<{ n: number | string }>(await db.execute(sql.raw(`select count(*) as n from "${name}"`)))[0]!.n,
    );
  }
  return counts;
};

/** Writes through the API on the first start, restarts, and finds it all again with nothing seeded twice. */
async function restartKeepsData(options: { dataDir: string; databaseUrl?: string }) {
  const first = await start(options);
  let second: RunningServer | null = null;
  try {
    expect(first.seeded).toBe(true);
    const advisor = DEMO_STAFF.find((s) => s.role === 'advisor')!;
    const staffCookie = (
      await call(first, '/api/auth/staff', { json: { username: advisor.username, password: advisor.password } })
    ).cookie!;
    const created = await call(first, '/api/staff/customers', {
      json: { phone: '13611112222', name: '重启测试' },
      cookie: staffCookie,
    });
    expect(created.status).toBe(201);
    const customerCookie = (await call(first, '/api/auth/demo', { json: {} })).cookie!;
    const pushed = await call(first, '/api/sync/push', {
      cookie: customerCookie,
      json: {
        clientId: '00000000-0000-4000-8000-000000000001',
        mutations: [
          { seq: 1, name: 'preferences.set', args: { locale: 'en', largeText: true }, at: new Date().toISOString() },
        ],
      },
    });
    expect(pushed.status).toBe(200);
    const before = await tally(first);
    const secret = first.deps.secret;
    await first.close();

    second = await start(options);
    expect(second.seeded).toBe(false);
    expect(await tally(second)).toEqual(before);
    expect(before.center).toBe(1);
    expect(before.customer).toBeGreaterThanOrEqual(3);
    expect(second.deps.secret).toBe(secret);
    // The sessions survive, the new customer is there, and so is the preference change.
    const found = await call(second, `/api/staff/customers?q=${encodeURIComponent('重启测试')}`, {
      cookie: staffCookie,
    });
    expect(found.status).toBe(200);
    expect(found.body).toHaveLength(1);
    const pulled = await call(second, '/api/sync/pull?since=0', { cookie: customerCookie });
    expect(pulled.status).toBe(200);
    const prefs = (
      pulled.body as unknown as { changes: { entity: string; data: Record<string, unknown> }[] }
    ).changes.find((c) => c.entity === 'preferences');
    expect(prefs?.data).toMatchObject({ locale: 'en', largeText: true });
    // The push is remembered: sending it again answers the stored result and changes nothing.
    const again = await call(second, '/api/sync/push', {
      cookie: customerCookie,
      json: {
        clientId: '00000000-0000-4000-8000-000000000001',
        mutations: [{ seq: 1, name: 'preferences.set', args: { locale: 'zh-CN' }, at: new Date().toISOString() }],
      },
    });
    expect(again.status).toBe(200);
    const after = await call(second, '/api/sync/pull?since=0', { cookie: customerCookie });
    expect(JSON.stringify(after.body)).toBe(JSON.stringify(pulled.body));
  } finally {
    await second?.close();
  }
}

async function migrationsApplied(database: Database) {
  const rows = rowsOf<{ n: number | string }>(
    await database.db.execute(sql`select count(*) as n from drizzle.__drizzle_migrations`),
  );
  return Number(rows[0]!.n);
}

async function schemaOf(database: Database) {
  const rows = rowsOf<Record<string, string>>(
    await database.db.execute(sql`
      select table_name, column_name, data_type, is_nullable, coalesce(column_default, '') as column_default
      from information_schema.columns where table_schema = 'public' order by table_name, column_name`),
  );
  const indexes = rowsOf<Record<string, string>>(
    await database.db.execute(
      sql`select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by tablename, indexname`,
    ),
  );
  return { columns: rows.map((r) => ({ ...r })), indexes: indexes.map((r) => ({ ...r })) };
}

const migrationCount = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).length;

describe('PGlite data folder', () => {
  it('keeps all data across a restart and seeds the demo once', { timeout: 90_000 }, async () => {
    await restartKeepsData({ dataDir: tempDir() });
  });

  it('applies every migration', { timeout: 60_000 }, async () => {
    const db = await openDatabase({ memory: true });
    cleanups.push(() => db.close());
    expect(await migrationsApplied(db)).toBe(migrationCount);
  });
});

describe.runIf(TEST_DATABASE_URL)('PostgreSQL (TEST_DATABASE_URL)', () => {
  it('keeps all data across a restart of a fresh database and seeds the demo once', { timeout: 90_000 }, async () => {
    await restartKeepsData({ dataDir: tempDir(), databaseUrl: await freshPostgresUrl() });
  });

  it('two processes starting at once on a fresh database seed it once', { timeout: 90_000 }, async () => {
    const databaseUrl = await freshPostgresUrl();
    const servers = await Promise.all([
      start({ dataDir: tempDir(), databaseUrl }),
      start({ dataDir: tempDir(), databaseUrl }),
    ]);
    try {
      expect(servers.map((s) => s.seeded).sort()).toEqual([false, true]);
      expect((await tally(servers[0]!)).center).toBe(1);
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  });

  it('has the same schema as PGlite after the same migrations', { timeout: 60_000 }, async () => {
    const pg = await openDatabase({ url: await freshPostgresUrl() });
    const lite = await openDatabase({ memory: true });
    try {
      expect(await migrationsApplied(pg)).toBe(migrationCount);
      expect(await schemaOf(pg)).toEqual(await schemaOf(lite));
    } finally {
      await pg.close();
      await lite.close();
    }
  });
});
