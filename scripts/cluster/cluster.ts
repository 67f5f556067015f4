/**
 * A local cluster: N Pitlane processes (`node --import tsx server/index.ts`) on one PostgreSQL, each on
 * its own port and data folder, behind nginx (deploy/nginx/pitlane.conf.template). It behaves as a
 * small process manager: a process that dies is started again (after `restartDelayMs`), SIGTERM to the
 * cluster stops every process gracefully and then nginx. Used by `npm run start:cluster`, the cluster
 * test and the bench.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../tests/helpers/free-port.ts';
import { nginxConfig } from './nginx-config.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

export type ClusterOptions = {
  databaseUrl: string;
  processes?: number;
  /** nginx's port (0: a free one). */
  port?: number;
  dir: string;
  /** Extra environment for every process (PITLANE_PUBLIC_URL, PITLANE_SECRET, PITLANE_DEMO …). */
  env?: Record<string, string | undefined>;
  restart?: boolean;
  restartDelayMs?: number;
  log?: (line: string) => void;
  /** Tests: nginx names the process behind each live stream (X-Pitlane-Upstream). */
  exposeUpstream?: boolean;
};

export type ClusterProcess = {
  index: number;
  port: number;
  pid: () => number;
  kill: (signal?: NodeJS.Signals) => void;
};

export type Cluster = {
  url: string;
  port: number;
  processes: ClusterProcess[];
  /** Resolves when process `index` answers /api/health again (after a kill and its restart). */
  healthy: (index: number, timeoutMs?: number) => Promise<boolean>;
  stop: () => Promise<void>;
};

/** Why a cluster cannot run here, or null. */
export function clusterUnavailable(): string | null {
  if (!existsSync(NGINX)) return `no nginx at ${NGINX} (apt-get install -y nginx, or set NGINX_BIN)`;
  return null;
}

async function waitHealthy(url: string, timeoutMs: number, alive: () => boolean) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && alive()) {
    const ok = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

export async function startCluster(o: ClusterOptions): Promise<Cluster> {
  const why = clusterUnavailable();
  if (why) throw new Error(why);
  const n = o.processes ?? 3;
  const dir = resolve(o.dir);
  const log = o.log ?? ((line: string) => console.log(line));
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  // nginx workers (as nobody/www-data when started by root) write their temp files here.
  chmodSync(join(dir, 'tmp'), 0o777);
  const ports = await Promise.all(Array.from({ length: n }, () => freePort()));
  let stopping = false;

  const procs = ports.map((port, index) => {
    let child: ChildProcess | null = null;
    const logFile = join(dir, `process-${index + 1}.log`);
    const spawnOne = () => {
      const c = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
        cwd: ROOT,
        env: {
          ...process.env,
          ...o.env,
          DATABASE_URL: o.databaseUrl,
          PORT: String(port),
          HOST: '127.0.0.1',
          PITLANE_PROCESSES: String(n),
          PITLANE_TRUST_PROXY: '1',
          PITLANE_DATA_DIR: join(dir, `process-${index + 1}`),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      c.stdout?.on('data', (d) => appendFileSync(logFile, d));
      c.stderr?.on('data', (d) => appendFileSync(logFile, d));
      c.once('exit', (code, signal) => {
        if (stopping) return;
        log(JSON.stringify({ event: 'cluster_process_exited', index: index + 1, port, code, signal }));
        if (o.restart ?? true)
          setTimeout(() => {
            if (!stopping) child = spawnOne();
          }, o.restartDelayMs ?? 500);
      });
      return c;
    };
    return {
      index,
      port,
      logFile,
      start: () => {
        child = spawnOne();
      },
      alive: () => !!child && child.exitCode === null && child.signalCode === null,
      pid: () => child?.pid ?? 0,
      kill: (signal: NodeJS.Signals = 'SIGKILL') => child?.kill(signal),
      stop: async () => {
        const c = child;
        if (!c || c.exitCode !== null || c.signalCode !== null) return;
        const exited = new Promise<void>((r) => c.once('exit', () => r()));
        c.kill('SIGTERM');
        const force = setTimeout(() => c.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(force);
      },
    };
  });

  const stopProcesses = async () => {
    stopping = true;
    await Promise.all(procs.map((p) => p.stop()));
  };
  try {
    // The first one migrates and seeds; the others then start together.
    procs[0]!.start();
    if (!(await waitHealthy(`http://127.0.0.1:${ports[0]}`, 120_000, procs[0]!.alive)))
      throw new Error(`process 1 did not become healthy; see ${procs[0]!.logFile}`);
    for (const p of procs.slice(1)) p.start();
    for (const p of procs.slice(1))
      if (!(await waitHealthy(`http://127.0.0.1:${p.port}`, 120_000, p.alive)))
        throw new Error(`process ${p.index + 1} did not become healthy; see ${p.logFile}`);
  } catch (e) {
    await stopProcesses();
    throw e;
  }

  const port = o.port || (await freePort());
  const root = process.getuid?.() === 0;
  writeFileSync(
    join(dir, 'nginx.conf'),
    nginxConfig({
      ports,
      listen: `127.0.0.1:${port}`,
      dir,
      exposeUpstream: o.exposeUpstream ?? false,
      ...(root ? { user: 'root' } : {}),
    }),
  );
  execFileSync(NGINX, ['-t', '-q', '-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')]);
  const nginx = spawn(
    NGINX,
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'), '-g', 'daemon off;'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  nginx.stderr?.on('data', (d) => appendFileSync(join(dir, 'nginx.stderr.log'), d));
  const url = `http://127.0.0.1:${port}`;
  if (!(await waitHealthy(url, 10_000, () => nginx.exitCode === null))) {
    nginx.kill('SIGKILL');
    await stopProcesses();
    throw new Error(`nginx did not answer; see ${join(dir, 'error.log')}`);
  }
  return {
    url,
    port,
    processes: procs.map((p) => ({ index: p.index, port: p.port, pid: p.pid, kill: p.kill })),
    healthy: (index, timeoutMs = 60_000) =>
      waitHealthy(`http://127.0.0.1:${procs[index]!.port}`, timeoutMs, () => !stopping),
    stop: async () => {
      await stopProcesses();
      if (nginx.exitCode === null && nginx.signalCode === null) {
        const exited = new Promise<void>((r) => nginx.once('exit', () => r()));
        nginx.kill('SIGQUIT'); // graceful: finish what it is sending
        const force = setTimeout(() => nginx.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(force);
      }
    },
  };
}
