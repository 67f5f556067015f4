/**
 * Starts one Pitlane process: open and migrate the database, seed the demo on first start,
 * start the live hub and serve the API (and the built PWA) on one port.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.ts';
import { logSms, type SmsSender } from './auth/sms.ts';
import { openDatabase, type Database } from './db/client.ts';
import { seedDemo } from './demo/seed.ts';
import { type AppDeps, type Clock, systemClock } from './http/context.ts';
import { startLiveHub } from './sync/live-hub.ts';
import { startBookingJobs } from './booking/reminders.ts';

export type StartOptions = {
  port: number;
  host?: string;
  dataDir: string;
  databaseUrl?: string | undefined;
  demo: boolean;
  secret?: string | undefined;
  distDir?: string | undefined;
  publicUrl?: string | undefined;
  trustProxy?: boolean;
  sms?: SmsSender;
  clock?: Clock;
  log?: (msg: string) => void;
  database?: Database;
};

export type RunningServer = { url: string; port: number; deps: AppDeps; close: () => Promise<void>; seeded: boolean };

/** A secret kept in the data folder, so signed links survive restarts without configuration. */
function loadSecret(dataDir: string, given?: string) {
  if (given) return given;
  const file = join(resolve(dataDir), 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(resolve(dataDir), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const log = options.log ?? ((m: string) => console.log(m));
  const database =
    options.database ?? (await openDatabase({ url: options.databaseUrl, dataDir: join(options.dataDir, 'pglite') }));
  const live = await startLiveHub(database);
  const deps: AppDeps = {
    database,
    live,
    sms: options.sms ?? logSms(log),
    clock: options.clock ?? systemClock,
    secret: loadSecret(options.dataDir, options.secret),
    demo: options.demo,
    publicUrl: options.publicUrl,
    trustProxy: options.trustProxy ?? false,
    log,
  };
  const seeded = options.demo ? await seedDemo(deps) : false;
  // Booking reminders and outside notification channels (SKIP LOCKED: safe with several processes).
  const jobs = startBookingJobs(deps);
  const app = createApp(deps, options.distDir ? { distDir: options.distDir } : {});
  const server: ServerType = await new Promise((ready) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host ?? '0.0.0.0' }, () => ready(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = options.publicUrl ?? `http://localhost:${port}`;
  return {
    url,
    port,
    deps,
    seeded,
    close: async () => {
      await new Promise<void>((done) => {
        server.close(() => done());
        // Open SSE streams would hold close() forever.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await jobs.stop();
      await live.stop();
      if (!options.database) await database.close();
    },
  };
}
