/**
 * `npm run start:cluster [-- --processes N --port P]`: N Pitlane processes (default 3) on the PostgreSQL
 * of DATABASE_URL behind nginx on P (default 8080). Logs and nginx's files go to
 * PITLANE_CLUSTER_DIR (default ./data/cluster). Ctrl-C / SIGTERM stops the processes gracefully, then
 * nginx. The PWA is built first when its sources changed (as `npm start` does).
 */
import { parseArgs } from 'node:util';
import { startCluster } from './cluster.ts';

const { values } = parseArgs({
  options: { processes: { type: 'string', default: '3' }, port: { type: 'string', default: '8080' } },
});
const processes = Number(values.processes);
const port = Number(values.port);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl?.startsWith('postgres')) {
  console.error('Pitlane cluster: set DATABASE_URL to a PostgreSQL database (several processes need one server).');
  process.exit(1);
}
if (!Number.isInteger(processes) || processes < 1 || processes > 64 || !Number.isInteger(port)) {
  console.error('Pitlane cluster: --processes is 1 to 64, --port a port number.');
  process.exit(1);
}

await import('../../server/build-if-stale.ts');
const dir = process.env.PITLANE_CLUSTER_DIR ?? './data/cluster';
const cluster = await startCluster({
  databaseUrl,
  processes,
  port,
  dir,
  env: { PITLANE_PUBLIC_URL: process.env.PITLANE_PUBLIC_URL ?? `http://localhost:${port}` },
});
console.log(
  JSON.stringify({
    event: 'cluster_ready',
    url: cluster.url,
    processes: cluster.processes.map((p) => ({ port: p.port, pid: p.pid() })),
  }),
);
console.log(`\nPitlane cluster: ${processes} processes behind nginx at http://localhost:${port}  (logs in ${dir})`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await cluster.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
