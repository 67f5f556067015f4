/**
 * Fixtures for the local-first browser tests (tests/e2e/local-first-*.spec.ts, update.spec.ts).
 *
 * Each test gets its OWN real server (startTestServer: a fresh migrated database with the demo seed,
 * PGlite, or PostgreSQL when TEST_DATABASE_URL is set) serving the built PWA from PITLANE_DIST_DIR,
 * instead of the run's shared server: these tests change 张先生's preferences and vehicles and count
 * requests and rows, which must not race with other tests, and they read the database directly to
 * prove "exactly once". Nothing here is exposed by the app: the tests read IndexedDB with the
 * browser's own API.
 */
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../server/db/client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

export const DIST_DIR = resolve(process.env.PITLANE_DIST_DIR ?? './dist');

export const test = base.extend<{ distDir: string; server: TestServer; consoleErrors: string[] }>({
  // The built app the server serves; update.spec.ts overrides it with builds of its own.
  distDir: [DIST_DIR, { option: true }],
  server: async ({ distDir }, use) => {
    const server = await startTestServer({ distDir });
    server.clock.real();
    await use(server);
    await server.stop();
  },
  baseURL: async ({ server }, use) => use(server.url),
  // Errors the page logged or threw; network failures while offline are expected and left out.
  consoleErrors: async ({ context }, use) => {
    const errors: string[] = [];
    const watch = (page: Page) => {
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() !== 'error') return;
        const text = m.text();
        if (/Failed to load resource|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_RESET|net::ERR_/.test(text)) return;
        errors.push(text);
      });
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(errors);
  },
});
export { expect };

/** Runs a query against the test server's database. */
export async function query<T = Record<string, unknown>>(server: TestServer, q: ReturnType<typeof sql>): Promise<T[]> {
  return [...rowsOf<T>(await server.db.db.execute(q))]; // a plain array from PGlite and postgres.js alike
}
export { sql };

/** Waits until the service worker controls the page (installed, precached, activated, claimed). */
export async function swControls(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

export type OutboxRow = { seq: number; name: string; args: unknown; status: string; reason?: string };

/** Reads a table of the app's IndexedDB ('pitlane') with the browser's own API. */
export function readIdb<T>(page: Page, table: 'outbox' | 'meta' | 'records'): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('pitlane');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => {
            db.close();
            done(req.result as T[]);
          };
          req.onerror = () => fail(req.error);
        };
      }),
    table,
  );
}

export async function clientIdOf(page: Page): Promise<string> {
  const meta = await readIdb<{ key: string; value: unknown }>(page, 'meta');
  const id = meta.find((m) => m.key === 'clientId')?.value;
  if (typeof id !== 'string') throw new Error('no client id yet');
  return id;
}

/** The settings tab, through the bottom tab bar (no reload). */
export async function openSettings(page: Page) {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^(我的|Me)$/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^(我的|Me)$/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: '简体中文' })).toBeVisible();
}
