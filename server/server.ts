/**
 * Starts one Pitlane process: open and migrate the database, seed the demo on first start,
 * start the live hub and serve the API (and the built PWA) on one port.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.ts';
import { logSms, type SmsSender } from './auth/sms.ts';
import { openDatabase, type Database } from './db/client.ts';
import { lockDataDir } from './db/data-dir-lock.ts';
import { seedDemo } from './demo/seed.ts';
import { type AppDeps, type Clock, systemClock } from './http/context.ts';
import { startLiveHub } from './sync/live-hub.ts';
import { createDrain } from './http/drain.ts';
import { sessionCache } from './auth/session-cache.ts';
import { customerReadCache } from './sync/customer-read-cache.ts';
import { startBookingJobs } from './booking/reminders.ts';
import { startSurveyJobs } from './surveys/survey-jobs.ts';
import { startPointsExpiryJob } from './membership/points-expiry.job.ts';
import { DELIVERY_CHANNEL } from './notifications/notify.ts';
import { type PushService, webPushService } from './notifications/push-service.ts';
import { loadProcessKeys } from './auth/process-keys.ts';

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
  /** API processes sharing the PostgreSQL server (sizes this one's connection pool). */
  processes?: number | undefined;
  /** Lifetime of a cached verified session (server/auth/session-cache.ts). */
  sessionCacheMs?: number | undefined;
  sms?: SmsSender;
  push?: PushService;
  pushLocalEndpoints?: boolean;
  clock?: Clock;
  log?: (msg: string) => void;
  database?: Database;
};

/** The longest a shutdown waits for requests in flight (a push commits in milliseconds). */
const DRAIN_DEADLINE_MS = 10_000;

export type RunningServer = {
  url: string;
  port: number;
  deps: AppDeps;
  close: () => Promise<void>;
  seeded: boolean;
  /** One pass of the reminder and delivery loop now, awaiting a pass already under way (tests move the clock). */
  runBookingJobs: () => Promise<void>;
};

const openConnections = (server: ServerType) =>
  new Promise<number>((resolve) => server.getConnections((e, n) => resolve(e ? 0 : n)));

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const log = options.log ?? ((m: string) => console.log(m));
  // The embedded database belongs to one process: refuse to start beside another on the same folder.
  const lock = options.database || options.databaseUrl ? null : lockDataDir(options.dataDir);
  const releaseOnExit = () => lock?.release();
  if (lock) process.once('exit', releaseOnExit);
  let database: Database;
  try {
    database =
      options.database ??
      (await openDatabase({
        url: options.databaseUrl,
        dataDir: join(options.dataDir, 'pglite'),
        processes: options.processes,
      }));
  } catch (e) {
    lock?.release();
    throw e;
  }
  // The data folder holds the development SMS outbox (and PGlite's keys) whatever the database.
  mkdirSync(resolve(options.dataDir), { recursive: true });
  const keys = await loadProcessKeys(database, options.dataDir, options.secret);
  const live = await startLiveHub(database);
  const deps: AppDeps = {
    database,
    live,
    sessions: sessionCache(live, options.sessionCacheMs !== undefined ? { ttlMs: options.sessionCacheMs } : {}),
    reads: customerReadCache(live),
    sms: options.sms ?? logSms(log, join(resolve(options.dataDir), 'sms-outbox.log')),
    push: options.push ?? webPushService(keys.vapid, options.publicUrl ?? 'mailto:service@pitlane.invalid'),
    pushLocalEndpoints: options.pushLocalEndpoints ?? false,
    clock: options.clock ?? systemClock,
    secret: keys.secret,
    demo: options.demo,
    publicUrl: options.publicUrl,
    trustProxy: options.trustProxy ?? false,
    log,
  };
  const seeded = options.demo ? await seedDemo(deps) : false;
  // Booking reminders and outside notification channels (SKIP LOCKED: safe with several processes).
  const jobs = startBookingJobs(deps);
  // Survey offers 24 h after delivery and the recovery cases' overdue check (SKIP LOCKED as well).
  const surveyJobs = startSurveyJobs(deps);
  void surveyJobs.runNow();
  // Points lots past their expiry lose what is left of them (SKIP LOCKED per customer, idem key per lot),
  // and tiers the rolling window lowered since the last pass are republished.
  const expiry = startPointsExpiryJob(deps);
  const unlistenDelivery = await database.listen(DELIVERY_CHANNEL, () => void jobs.runNow());
  const drain = createDrain();
  const app = createApp(deps, { ...(options.distDir ? { distDir: options.distDir } : {}), drain: drain.middleware });
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
    runBookingJobs: () => jobs.runNow(),
    /**
     * Graceful: refuse new requests (503, Connection: close), end live streams with a retry hint, let
     * requests in flight (a push mid-commit) answer, then cut what is left and release the database.
     */
    close: async () => {
      drain.begin();
      live.closeAll();
      // The listener stays open while requests in flight finish, so what arrives meanwhile is answered
      // 503 + Retry-After (a balancer moves on) instead of being reset in the accept queue.
      await drain.settled(DRAIN_DEADLINE_MS);
      const closed = new Promise<void>((done) => server.close(() => done()));
      // A handler that returned has not always written its answer yet: close connections as they go
      // idle (answered, streams ended) for up to a second, then cut the rest (a stream would hold
      // close() for ever).
      const sockets = server as unknown as { closeIdleConnections?: () => void; closeAllConnections?: () => void };
      for (let i = 0; i < 50 && (await openConnections(server)) > 0; i++) {
        sockets.closeIdleConnections?.();
        await new Promise((r) => setTimeout(r, 20));
      }
      sockets.closeAllConnections?.();
      await closed;
      await unlistenDelivery();
      await jobs.stop();
      await surveyJobs.stop();
      await expiry.stop();
      deps.sessions.stop();
      deps.reads.stop();
      await live.stop();
      if (!options.database) await database.close();
      lock?.release();
      process.off('exit', releaseOnExit);
    },
  };
}
