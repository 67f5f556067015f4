/**
 * Local-first tabs (issue 4): of two tabs of one browser profile only one talks to the server (push,
 * pull, live stream); a change made in the other tab is delivered by it and shows in both; when the
 * syncing tab closes, the other takes the sync over.
 */
import type { Page } from '@playwright/test';
import { demoSignIn, phone } from './helpers.ts';
import { expect, type OutboxRow, readIdb, test } from './local-first-fixtures.ts';

test.use(phone);
// A fresh server per test, and a shared 2-core machine: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

/** Counts a page's sync requests: push, pull and the live stream. */
function countSync(page: Page) {
  const counts = { push: 0, pull: 0, stream: 0 };
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path === '/api/sync/push') counts.push++;
    else if (path === '/api/sync/pull') counts.pull++;
    else if (path === '/api/sync/stream') counts.stream++;
  });
  return counts;
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

test('two tabs: only one syncs; the change made in the other shows in both; closing the first hands over', async ({
  page: first,
  context,
  consoleErrors,
}) => {
  const a = countSync(first);
  await demoSignIn(first);
  await expect.poll(() => a.pull).toBeGreaterThan(0);
  expect(a.stream).toBe(1);

  const second = await context.newPage();
  const b = countSync(second);
  await second.goto('/settings');
  await expect(heading(second, '我的')).toBeVisible();
  await expect(second.getByRole('radio', { name: '简体中文' })).toBeChecked();

  // The change is made in the second tab; the first tab delivers it.
  const pushesBefore = a.push;
  await second.getByText('English', { exact: true }).click();
  await expect(heading(second, 'Me')).toBeVisible();
  await expect(second.getByText('Synced', { exact: true })).toBeVisible();
  await expect(first.getByRole('link', { name: 'Vehicles' })).toBeVisible(); // the first tab follows the change
  await expect(first.locator('html')).toHaveAttribute('lang', 'en');
  await expect.poll(() => readIdb<OutboxRow>(second, 'outbox')).toEqual([]);
  expect(a.push).toBeGreaterThan(pushesBefore);
  expect(b).toEqual({ push: 0, pull: 0, stream: 0 });

  // The first tab closes: the second takes the lock, pulls, opens the stream and pushes its own changes.
  await first.close();
  await expect.poll(() => b.pull).toBeGreaterThan(0);
  await expect.poll(() => b.stream).toBe(1);
  await second.getByText('Large text', { exact: true }).click();
  await expect(second.getByRole('switch', { name: 'Large text' })).toBeChecked();
  await expect.poll(() => b.push).toBe(1);
  await expect(second.getByText('Synced', { exact: true })).toBeVisible();
  await expect.poll(() => readIdb<OutboxRow>(second, 'outbox')).toEqual([]);

  // A third tab sees everything from the mirror and stays quiet while the second leads.
  const third = await context.newPage();
  const c = countSync(third);
  await third.goto('/settings');
  await expect(heading(third, 'Me')).toBeVisible();
  await expect(third.getByRole('switch', { name: 'Large text' })).toBeChecked();
  await expect(third.locator('html')).toHaveClass(/large-text/);
  expect(c).toEqual({ push: 0, pull: 0, stream: 0 });
  expect(consoleErrors).toEqual([]);
});
