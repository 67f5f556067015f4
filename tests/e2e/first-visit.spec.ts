/**
 * First visit, not signed in (issue L, item 1): the entry registers the service worker for every
 * visitor, so a first-time visitor who reopens the app with no network sees the shell and the
 * sign-in screen again, not the browser's offline error page. Screenshot: /tmp/shots/first-visit-offline.png.
 */
import { phone, shot } from './helpers.ts';
import { expect, swControls, test } from './local-first-fixtures.ts';

test.use(phone);
test.describe.configure({ timeout: 90_000 });

test('a visitor who never signed in reopens / offline and sees the sign-in screen', async ({
  page,
  context,
  consoleErrors,
}) => {
  const first = await page.goto('/');
  expect(first?.fromServiceWorker()).toBe(false);
  await expect(page).toHaveURL(/\/signin$/);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  await expect(page.getByLabel(/手机号|Mobile number/)).toBeVisible();
  const online = await heading.innerText();

  // Installed, precached, activated and claimed while still on the sign-in screen.
  await swControls(page);

  await context.setOffline(true);
  const offline = await page.goto('/');
  expect(offline?.fromServiceWorker()).toBe(true);
  await expect(page).toHaveURL(/\/signin$/);
  await expect(heading).toHaveText(online);
  await expect(page.getByLabel(/手机号|Mobile number/)).toBeVisible();

  const reload = await page.reload();
  expect(reload?.fromServiceWorker()).toBe(true);
  await expect(heading).toHaveText(online);
  await expect(page.getByLabel(/手机号|Mobile number/)).toBeVisible();
  await shot(page, 'first-visit-offline');

  expect(consoleErrors).toEqual([]);
});
