/**
 * The real server as a child process (`node --import tsx server/index.ts`), exactly as `npm start`
 * runs it after the build, on a free port and a fresh temp PGlite folder. Its output is kept off
 * stdout so `--json` prints nothing else.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../tests/helpers/free-port.ts';

export { freePort };

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type BenchServer = {
  url: string;
  dataDir: string;
  startMs: number;
  stop: () => Promise<void>;
  remove: () => void;
};

/** Starts the server and resolves when /api/health first answers 200, with the time that took. */
export async function spawnServer(options: { dataDir?: string; timeoutMs?: number } = {}): Promise<BenchServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'pitlane-bench-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const env = { ...process.env };
  delete env.DATABASE_URL; // the figures are PGlite's, as `npm start` gives a newcomer
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PITLANE_DATA_DIR: dataDir,
      PITLANE_DIST_DIR: join(dataDir, 'no-dist'),
      PITLANE_DEMO: '1',
      PITLANE_LOG: 'silent',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = started + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${stderr}`);
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /api/health in time:\n${stderr}`);
    }
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const startMs = performance.now() - started;
  return {
    url,
    dataDir,
    startMs,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    },
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
