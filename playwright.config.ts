/**
 * Browser tests (tests/e2e) in Debian's Chromium against the real server: `node --import tsx
 * server/index.ts` on a free port, demo data, a fresh PGlite folder per run, serving the built PWA
 * from PITLANE_DIST_DIR (default ./dist; `npm test` builds it first). The e2e always runs on PGlite.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// Computed once by the runner; its workers inherit the environment, so they agree on port and folder.
if (!process.env.E2E_PORT) process.env.E2E_PORT = String(await freePort());
if (!process.env.E2E_DATA_DIR) {
  const dir = mkdtempSync(join(tmpdir(), 'pitlane-e2e-'));
  process.env.E2E_DATA_DIR = dir;
  // The runner stops the server before it exits; then the folder goes.
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
}
const port = process.env.E2E_PORT;
const dataDir = process.env.E2E_DATA_DIR;
const distDir = resolve(process.env.PITLANE_DIST_DIR ?? './dist');
if (!existsSync(join(distDir, 'index.html'))) {
  throw new Error(`No built app in ${distDir}: run \`npm run build\` first (or set PITLANE_DIST_DIR).`);
}
const baseURL = `http://127.0.0.1:${port}`;

const launchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  retries: 0,
  reporter: 'list',
  // Generous: two shared cores under load; a passing test takes a few seconds.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Per run (by port): runs started side by side never clean each other's traces. Failures print the paths.
  outputDir: join(tmpdir(), 'pitlane-e2e-results', port),
  // A failure keeps its trace (actions, DOM snapshots, network) and a final screenshot; the trace's
  // screencast is left out: encoding a frame per change cost about 15 % of the run on 2 cores.
  use: {
    baseURL,
    launchOptions,
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
  },
  // devices[] carries no executablePath: the launch options are set again here.
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    // `env -u`: a DATABASE_URL in the environment must not turn the e2e server to PostgreSQL.
    command: 'env -u DATABASE_URL node --import tsx server/index.ts',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: port,
      HOST: '127.0.0.1',
      PITLANE_DATA_DIR: dataDir,
      PITLANE_DIST_DIR: distDir,
      PITLANE_DEMO: '1',
      PITLANE_LOG: 'silent',
    },
  },
});
