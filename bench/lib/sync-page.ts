/**
 * For the sync bench sections: the real server in this process (startTestServer: a fresh database
 * with the demo seed, serving the built app) and Debian's Chromium at phone size, signed in as
 * 张先生 with the service worker in control. Needs the built app (`npm run build`, or PITLANE_DIST_DIR).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';

export const DIST_DIR = resolve(process.env.PITLANE_DIST_DIR ?? 'dist');

export async function startBenchServer(options: { browser?: boolean } = {}): Promise<TestServer> {
  if (options.browser && !existsSync(join(DIST_DIR, 'index.html')))
    throw new Error(`no built app in ${DIST_DIR}: run \`npm run build\` first (or set PITLANE_DIST_DIR)`);
  const server = await startTestServer({ distDir: DIST_DIR });
  server.clock.real();
  return server;
}

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
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
  });

/** A phone-sized page signed in as 张先生 (demo sign-in), on the vehicle list, the worker in control. */
export async function signedInPhone(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: url,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto('/signin');
  await page.getByRole('button', { name: /演示登录|Demo sign-in/ }).click();
  await page.waitForURL(/\/vehicles$/);
  await page.getByTestId('vehicle-card').first().waitFor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  return { context, page };
}

/** The number of rows in one table of the app's IndexedDB, read with the browser's own API. */
export const idbCount = (page: Page, store: 'outbox' | 'records') =>
  page.evaluate(
    (name) =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('pitlane');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name, 'readonly').objectStore(name).count();
          req.onsuccess = () => {
            open.result.close();
            done(req.result);
          };
          req.onerror = () => fail(req.error);
        };
      }),
    store,
  );

export function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round1 = (n: number) => Math.round(n * 10) / 10;
