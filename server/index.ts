import { parseEnv } from './env.ts';
import { startServer } from './server.ts';
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
  log: env.PITLANE_LOG === 'silent' ? () => {} : (m) => console.log(m),
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

const shutdown = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
