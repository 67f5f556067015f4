import { parseEnv } from './env.ts';
import { logLine } from './http/log.ts';
import { startServer } from './server.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { DEMO_CUSTOMER_PHONE, DEMO_STAFF } from './demo/demo.constants.ts';

const env = parseEnv();
const started = Date.now();
const server = await startServer({
  port: env.PORT,
  host: env.HOST,
  dataDir: env.PITLANE_DATA_DIR,
  databaseUrl: env.DATABASE_URL,
  demo: env.PITLANE_DEMO === '1',
  secret: env.PITLANE_SECRET,
  distDir: env.PITLANE_DIST_DIR,
  publicUrl: env.PITLANE_PUBLIC_URL,
  trustProxy: env.PITLANE_TRUST_PROXY === '1',
  sessionCacheMs: env.PITLANE_SESSION_CACHE_MS,
  processes: env.PITLANE_PROCESSES,
  log: env.PITLANE_LOG === 'silent' ? () => {} : (m) => console.log(m),
}).catch((e: unknown) => {
  // A second server on the same embedded database folder: say who holds it and stop, without a stack.
  if (!(e instanceof DataDirLockedError)) throw e;
  console.error(`Pitlane: ${e.message}`);
  process.exit(1);
});

if (env.PITLANE_LOG !== 'silent') {
  const db = server.deps.database.kind === 'pglite' ? `PGlite in ${env.PITLANE_DATA_DIR}` : 'PostgreSQL (DATABASE_URL)';
  console.log(`\nPitlane is running at ${server.url}  (${db}, ready in ${Date.now() - started} ms)`);
  if (env.PITLANE_DEMO === '1') {
    console.log(`  Customer: open ${server.url}/ and tap "演示登录" (demo sign-in as 张先生, ${DEMO_CUSTOMER_PHONE})`);
    console.log(`  Staff:    ${server.url}/staff`);
    for (const s of DEMO_STAFF)
      console.log(`            ${s.role.padEnd(10)} ${s.username} / ${s.password}  (${s.name})`);
  }
}

// SIGTERM (a process manager, a rolling restart): stop taking requests, let those in flight answer,
// end live streams with a retry hint, then exit. A second signal does not wait.
let stopping = false;
const shutdown = async () => {
  if (stopping) process.exit(1);
  stopping = true;
  if (env.PITLANE_LOG !== 'silent') console.log(logLine('shutting_down', { inFlightFinishFirst: true }));
  await server.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
