/**
 * A lean first load (issue 13, items 2-4). From the build output: the entry (index.html and its static
 * imports) holds no staff console, no IndexedDB code and no catalog of any feature or language; the
 * HTML preloads only the sign-in screen's words in the default language. In Chromium: a visitor's
 * sign-in screen requests only its own words and no database code; a returning customer's shell and
 * vehicle list paint from the service worker and IndexedDB while every API request is held unanswered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Route } from '@playwright/test';
import { demoSignIn, phone } from './helpers.ts';
import { DIST_DIR, expect, swControls, test } from './local-first-fixtures.ts';

test.use(phone);

type Chunk = { file: string; imports?: string[]; isEntry?: boolean; src?: string };
const manifest = () => JSON.parse(readFileSync(join(DIST_DIR, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
const built = (file: string) => readFileSync(join(DIST_DIR, file), 'utf8');
const CATALOG_DIR = resolve('web/i18n/catalog');

/** The files a manifest key loads with its static imports (index.html: before any dynamic import). */
function staticFiles(key: string) {
  const m = manifest();
  const keys = new Set<string>();
  const walk = (k: string) => {
    if (keys.has(k)) return;
    keys.add(k);
    for (const dep of m[k]?.imports ?? []) walk(dep);
  };
  walk(key);
  return [...keys].map((k) => m[k]!.file);
}

/** Every catalog module (web/i18n/catalog/<feature>-<zh|en>.ts), with its longer strings. */
async function catalogStrings() {
  const files = readdirSync(CATALOG_DIR).filter((f) => /-(zh|en)\.ts$/.test(f));
  const out: { file: string; strings: string[] }[] = [];
  for (const file of files) {
    const words = ((await import(join(CATALOG_DIR, file))) as { default: object }).default;
    const strings: string[] = [];
    const collect = (node: unknown) => {
      if (typeof node === 'string') {
        if (node.length >= 10) strings.push(node);
      } else if (node && typeof node === 'object') Object.values(node).forEach(collect);
    };
    collect(words);
    out.push({ file, strings });
  }
  return out;
}

test('the entry holds no staff console, no database code and no catalog (build manifest)', async () => {
  const m = manifest();
  const entry = staticFiles('index.html');
  const entryText = entry.map(built).join('\n');

  const staff = Object.values(m).filter((c) => c.file.startsWith('assets/staff/'));
  expect(staff.length).toBeGreaterThan(0);
  for (const c of staff) expect(entry).not.toContain(c.file);
  expect(entryText).not.toContain('/api/staff/');

  // Dexie is loaded once there is a customer (its chunk exists, outside the entry).
  const dexie = Object.values(m).find((c) => c.src === 'web/db/dexie.ts');
  expect(dexie).toBeDefined();
  expect(entry).not.toContain(dexie!.file);
  expect(entryText).not.toContain('DatabaseClosedError');

  // No catalog, of any feature or language: each is its own chunk, and none of its words is in the entry.
  const catalogs = await catalogStrings();
  expect(catalogs.map((c) => c.file)).toEqual(expect.arrayContaining(['app-zh.ts', 'app-en.ts', 'staff-zh.ts']));
  for (const { file, strings } of catalogs) {
    // A catalog only other catalogs import (quotes-page-*, shared with the approval page) has no chunk of its own.
    const chunk = m[`web/i18n/catalog/${file}`];
    if (chunk) expect(entry).not.toContain(chunk.file);
    expect(strings.length, `${file} has words to look for`).toBeGreaterThan(0);
    // The search below finds a catalog's words where they are (in the build, outside the entry).
    const where = chunk ? staticFiles(`web/i18n/catalog/${file}`) : Object.values(m).map((c) => c.file);
    expect(
      where
        .filter((f) => f.endsWith('.js'))
        .map(built)
        .join('\n'),
    ).toContain(strings[0]);
    for (const s of strings) expect(entryText, `${file}: "${s}" is in the entry`).not.toContain(s);
  }

  // The HTML preloads the first route's words only: the sign-in screen's, in the default language.
  const html = built('index.html');
  const preloaded = [...html.matchAll(/rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((x) => x[1]!);
  const preloadedCatalogs = Object.entries(m)
    .filter(([src, c]) => src.startsWith('web/i18n/catalog/') && preloaded.includes(c.file))
    .map(([src]) => src.replace('web/i18n/catalog/', ''))
    .sort();
  expect(preloadedCatalogs).toEqual(['app-zh.ts', 'auth-zh.ts', 'errors-zh.ts']);
  expect(preloaded).toContain(m['web/auth/signin-screen.tsx']!.file);
});

test('a visitor’s sign-in screen loads its own words only, and no database code', async ({ page, consoleErrors }) => {
  const m = manifest();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname.slice(1)));
  await page.goto('/');
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('欢迎使用徐汇服务中心车主服务');
  await expect(page.getByLabel('手机号')).toBeVisible();
  await expect(page.getByRole('button', { name: '演示登录' })).toBeVisible();

  const fileOf = (src: string) => m[src]!.file;
  const catalogsLoaded = Object.keys(m)
    .filter((src) => src.startsWith('web/i18n/catalog/') && requested.includes(fileOf(src)))
    .map((src) => src.replace('web/i18n/catalog/', ''))
    .sort();
  expect(catalogsLoaded).toEqual(['app-zh.ts', 'auth-zh.ts', 'errors-zh.ts']);
  expect(requested).not.toContain(fileOf('web/db/dexie.ts'));
  expect(requested.filter((f) => f.startsWith('assets/staff/'))).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a returning customer’s shell and vehicles paint before any API answer', async ({
  page,
  context,
  consoleErrors,
}) => {
  await demoSignIn(page);
  await expect(page.getByTestId('vehicle-card').first()).toBeVisible();
  await swControls(page);

  // From now on no API request is ever answered (held open, as on a network that connects but stalls).
  const held: Route[] = [];
  await context.route('**/api/**', (route) => void held.push(route));

  const again = await context.newPage();
  const response = await again.goto('/');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(again).toHaveURL(/\/vehicles$/);
  await expect(again.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(again.getByRole('link', { name: '预约' })).toBeVisible();
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('我的车辆');
  await expect(again.getByTestId('vehicle-card').first()).toContainText('沪A');
  // The app did ask (the background session check at least), and got no answer.
  await expect.poll(() => held.some((r) => r.request().url().includes('/api/auth/me'))).toBe(true);

  await context.unroute('**/api/**');
  for (const r of held) await r.abort().catch(() => undefined);
  expect(consoleErrors).toEqual([]);
});
