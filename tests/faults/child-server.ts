/**
 * The real server as a child process (`node --import tsx server/index.ts`, as `npm start` runs it), so a
 * fault test can SIGKILL it, start it again on the same port and folder, and read its memory from /proc.
 * Everything it prints goes to one log file per server (the log-hygiene test reads it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../helpers/free-port.ts';

export { freePort };

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type ChildOptions = {
  dataDir?: string;
  databaseUrl?: string;
  port?: number;
  env?: Record<string, string>;
  /** Resolve once /api/health answers 200 (default), or as soon as the process exits. */
  timeoutMs?: number;
};

export type ChildServer = {
  url: string;
  port: number;
  dataDir: string;
  logFile: string;
  pid: () => number;
  /** The last run's exit code (null while running, or when ended by a signal). */
  exitCode: () => number | null;
  /** Starts (again) on the same port and folder; resolves when /api/health answers 200. */
  start: () => Promise<void>;
  kill: () => Promise<void>;
  stop: () => Promise<void>;
  /** The child's peak resident memory so far (VmHWM), in MiB; 0 where /proc is not available. */
  peakRssMiB: () => number;
  log: () => string;
  remove: () => void;
};

export function vmHwmMiB(pid: number): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+)\s+kB/m);
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** Spawns once and waits for the exit (e.g. a server that must refuse to start): code and output. */
export async function runToExit(options: ChildOptions & { port: number; dataDir: string }) {
  const child = spawnRaw(options, 'pipe');
  let out = '';
  child.stdout?.on('data', (d) => (out += String(d)));
  child.stderr?.on('data', (d) => (out += String(d)));
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  return { code, output: out };
}

function spawnRaw(options: ChildOptions & { port: number; dataDir: string }, stdio: 'pipe') {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.DATABASE_URL;
  delete env.PITLANE_DEMO;
  return spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: {
      ...env,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      PITLANE_DATA_DIR: options.dataDir,
      PITLANE_DIST_DIR: join(options.dataDir, 'no-dist'),
      PITLANE_PUBLIC_URL: 'http://127.0.0.1:9',
      PITLANE_SECRET: 'fault-suite-secret-fault-suite-secret-0123',
      PITLANE_LOG: 'info',
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl, PITLANE_DEMO: '1' } : {}),
      ...options.env,
    },
    stdio: ['ignore', stdio, stdio],
  });
}

export async function startChildServer(options: ChildOptions = {}): Promise<ChildServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'pitlane-fault-'));
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const logFile = join(dataDir, 'server.log');
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();

  const start = async () => {
    const c = spawnRaw({ ...options, port, dataDir }, 'pipe');
    child = c;
    c.stdout?.on('data', (d) => appendFileSync(logFile, d));
    c.stderr?.on('data', (d) => appendFileSync(logFile, d));
    exited = new Promise((resolve) => c.once('exit', () => resolve()));
    const deadline = Date.now() + (options.timeoutMs ?? 90_000);
    for (;;) {
      if (c.exitCode !== null || c.signalCode !== null)
        throw new Error(`the server exited (${c.exitCode ?? c.signalCode}); log:\n${tail(logFile)}`);
      if (Date.now() > deadline) {
        c.kill('SIGKILL');
        throw new Error(`the server did not answer /api/health in time; log:\n${tail(logFile)}`);
      }
      const ok = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  const server: ChildServer = {
    url,
    port,
    dataDir,
    logFile,
    pid: () => child?.pid ?? 0,
    exitCode: () => (child as ChildProcess | null)?.exitCode ?? null,
    start,
    kill: async () => {
      if (child && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
    stop: async () => {
      if (child && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child?.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
    peakRssMiB: () => (child?.pid ? vmHwmMiB(child.pid) : 0),
    log: () => {
      try {
        return readFileSync(logFile, 'utf8');
      } catch {
        return '';
      }
    },
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
  await start();
  return server;
}

function tail(file: string) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}
