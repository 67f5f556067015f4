/**
 * A private, throwaway PostgreSQL cluster for tests that stop, restart or break the server (the shared
 * one on 5432 is never touched). initdb in a temp folder, trust auth, a free port, unix socket in the
 * same folder; when running as root everything runs as the `postgres` OS user (PostgreSQL refuses root).
 *
 *   const pg = await startPgCluster();          // pg.url → postgres://postgres@127.0.0.1:<port>/postgres
 *   await pg.createDatabase('app');             // → its url
 *   await pg.restart();                         // pg_ctl restart -m fast (connections are cut)
 *   await pg.stop(); await pg.start();          // down for as long as you like
 *   await pg.destroy();                         // stop and delete the folder
 *
 * Binaries: PG_BIN, else /usr/lib/postgresql/15/bin. Tests call pgClusterAvailable() to skip with a
 * reason when there is no PostgreSQL installed.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { freePort } from './free-port.ts';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const isRoot = () => process.getuid?.() === 0;

export type PgCluster = {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  dir: string;
  /** CREATE DATABASE name; returns its url. */
  createDatabase: (name: string) => Promise<string>;
  urlOf: (database: string) => string;
  start: () => Promise<void>;
  /** Fast shutdown (active transactions rolled back, connections cut). */
  stop: () => Promise<void>;
  /** stop + start: the "fast restart" of the acceptance tests. */
  restart: () => Promise<void>;
  running: () => boolean;
  destroy: () => Promise<void>;
};

/** Why a private cluster cannot be made here, or null when it can. */
export function pgClusterAvailable(): string | null {
  if (!existsSync(join(PG_BIN, 'initdb'))) return `no PostgreSQL binaries in ${PG_BIN} (set PG_BIN)`;
  if (isRoot()) {
    try {
      execFileSync('id', ['postgres'], { stdio: 'ignore' });
    } catch {
      return 'running as root without a `postgres` OS user';
    }
  }
  return null;
}

/** Runs a PostgreSQL binary, as `postgres` when we are root. */
function run(bin: string, args: string[]) {
  const cmd = join(PG_BIN, bin);
  if (isRoot()) {
    const quoted = [cmd, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', quoted], { stdio: 'pipe' });
  } else {
    execFileSync(cmd, args, { stdio: 'pipe' });
  }
}

export async function startPgCluster(options: { maxConnections?: number } = {}): Promise<PgCluster> {
  const why = pgClusterAvailable();
  if (why) throw new Error(`cannot make a private PostgreSQL cluster: ${why}`);
  const dir = mkdtempSync(join(tmpdir(), 'pitlane-pg-'));
  chmodSync(dir, 0o777); // the postgres user writes here when we are root
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  const conf = [
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${dir}'`,
    `max_connections = ${options.maxConnections ?? 100}`,
    'fsync = off',
    'synchronous_commit = off',
    'full_page_writes = off',
    'shared_buffers = 32MB',
  ].join('\n');
  const confFile = join(dir, 'extra.conf');
  writeFileSync(confFile, `${conf}\n`);
  chmodSync(confFile, 0o644);
  appendFileSync(join(data, 'postgresql.conf'), `include '${confFile}'\n`);
  const logFile = join(dir, 'server.log');
  let up = false;
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const cluster: PgCluster = {
    url: urlOf('postgres'),
    port,
    dir,
    urlOf,
    createDatabase: async (name) => {
      const admin = postgres(urlOf('postgres'), { max: 1, onnotice: () => {} });
      try {
        await admin.unsafe(`create database "${name}"`);
      } finally {
        await admin.end();
      }
      return urlOf(name);
    },
    start: async () => {
      run('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '30', 'start']);
      up = true;
    },
    stop: async () => {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop']);
      up = false;
    },
    restart: async () => {
      await cluster.stop();
      await cluster.start();
    },
    running: () => up,
    destroy: async () => {
      if (up) await cluster.stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
