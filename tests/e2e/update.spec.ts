/**
 * The update flow (issue 4), with two real builds into one folder served by the real server: a page
 * of build v1 is open when v2 is deployed. The new version is offered with a prompt; until the
 * customer accepts, the page keeps loading v1's lazy screens (kept by the precache and by
 * keep-previous-assets on disk); a form with typed, unsent input holds the update; accepting reloads
 * into v2 with no waiting worker left, and no screen ever mixes files of both builds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { demoSignIn, phone, shot } from './helpers.ts';
import { expect, swControls, test as base } from './local-first-fixtures.ts';

const VITE = resolve('node_modules/vite/bin/vite.js');

/** A production build of the app into `outDir` (not emptied: the previous build's assets are kept). */
function build(outDir: string, buildId: string) {
  execFileSync(process.execPath, [VITE, 'build', '--outDir', outDir, '--logLevel', 'error'], {
    env: { ...process.env, VITE_BUILD_ID: buildId },
    stdio: 'pipe',
  });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string; css?: string[] }
  >;
  const files = new Set(Object.values(manifest).flatMap((e) => [e.file, ...(e.css ?? [])].map((f) => `/${f}`)));
  const settingsChunk = `/${manifest['web/settings/settings-screen.tsx']!.file}`;
  return { files, settingsChunk };
}

const test = base.extend<{ builds: { dir: string; v1: ReturnType<typeof build> } }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  builds: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'pitlane-update-'));
    await use({ dir, v1: build(dir, 'v1') });
    rmSync(dir, { recursive: true, force: true });
  },
  distDir: async ({ builds }, use) => use(builds.dir),
});

test.use(phone);
test.describe.configure({ timeout: 240_000 });

const registration = (page: Page) =>
  page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return { waiting: !!r?.waiting, active: !!r?.active, controlled: !!navigator.serviceWorker.controller };
  });

test('a new build is offered, old screens keep working until accepted, a dirty form holds it, accept reloads into v2', async ({
  page,
  builds,
  request,
  server,
  consoleErrors,
}) => {
  const assets: string[] = [];
  const failed: string[] = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/assets/')) assets.push(path);
    if (r.status() >= 400) failed.push(`${r.status()} ${path}`);
  });
  page.on('requestfailed', (r) => {
    // The live stream is cut by the reload itself; anything else failing is a fault.
    if (!r.url().endsWith('/api/sync/stream')) failed.push(`${r.failure()?.errorText} ${r.url()}`);
  });

  await demoSignIn(page);
  await swControls(page);
  const card = page.getByTestId('vehicle-card').filter({ hasText: '沪AD12345' });
  await expect(card).toBeVisible();
  const vehiclePath = new URL((await card.getAttribute('href'))!, server.url).pathname;
  expect(assets).not.toContain(builds.v1.settingsChunk); // that screen is not loaded yet

  // Deploy v2 into the same folder while the page is open.
  const v2 = build(builds.dir, 'v2');
  expect(v2.settingsChunk).not.toBe(builds.v1.settingsChunk);
  // keep-previous-assets: v1's chunk is still on the server for pages without the worker's precache.
  expect((await request.get(`${server.url}${builds.v1.settingsChunk}`)).status()).toBe(200);

  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const prompt = page.getByTestId('update-prompt');
  await expect(prompt).toContainText('新版本已就绪。');
  expect(await registration(page)).toEqual({ waiting: true, active: true, controlled: true });
  await shot(page, 'update-prompt');

  // Not accepted yet: screens not loaded before still open, from v1.
  await card.click();
  await expect(page.getByText('沪AD12345').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Model 3');
  await page.getByRole('navigation').getByRole('link', { name: '我的' }).click();
  await expect(page.getByTestId('build-id')).toHaveText('版本 v1');
  expect(assets).toContain(builds.v1.settingsChunk);
  expect(assets.filter((a) => !builds.v1.files.has(a))).toEqual([]); // nothing of v2 on a v1 page

  // A form with typed, unsent input holds the update.
  // Taps through the app (no page load): a synthetic popstate raced the router's own transition.
  await page.getByRole('navigation').getByRole('link', { name: '车辆' }).click();
  await card.click();
  await page.getByTestId('share-link').click();
  await expect(page).toHaveURL(`${vehiclePath}/share`);
  const field = page.locator('main form input').first();
  await field.fill('给买家看');
  await prompt.getByRole('button', { name: '立即更新' }).click();
  await expect(prompt).toContainText('请先完成当前操作，再更新。');
  await shot(page, 'update-prompt-busy');
  await page.waitForTimeout(2000); // give a wrongly applied update time to show itself
  expect(await registration(page)).toEqual({ waiting: true, active: true, controlled: true });
  await expect(field).toHaveValue('给买家看');

  // The field emptied, the update applies: one reload into v2, and no worker left waiting.
  await field.fill('');
  const reloaded = page.waitForEvent('load');
  const v1Assets = assets.length;
  await prompt.getByRole('button', { name: '立即更新' }).click();
  await reloaded;
  await expect(page).toHaveURL(`${vehiclePath}/share`);
  await page.getByRole('navigation').getByRole('link', { name: '我的' }).click();
  await expect(page.getByTestId('build-id')).toHaveText('版本 v2');
  await expect(prompt).toHaveCount(0);
  expect(await registration(page)).toEqual({ waiting: false, active: true, controlled: true });
  const v2Assets = assets.slice(v1Assets);
  expect(v2Assets).toContain(v2.settingsChunk);
  expect(v2Assets.filter((a) => !v2.files.has(a))).toEqual([]); // nothing of v1 on the v2 page
  expect(failed).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
