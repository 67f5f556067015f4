/** Shared steps and settings for the browser tests. */
import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { DEMO_STAFF } from '../../server/demo/demo.constants.ts';

/** A phone: use with `test.use(phone)`. */
export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Signs in with the one-tap demo sign-in as 张先生 and waits for the vehicle list. */
export async function demoSignIn(page: Page) {
  await page.goto('/signin');
  await page.getByRole('button', { name: /演示登录|Demo sign-in/ }).click();
  await expect(page).toHaveURL(/\/vehicles$/);
}

/** Signs in to the staff console at /staff as the demo staff member of a role. */
export async function staffSignIn(page: Page, role: 'advisor' | 'technician' | 'manager' = 'advisor') {
  const who = DEMO_STAFF.find((s) => s.role === role)!;
  await page.goto('/staff');
  await page.getByLabel(/用户名|Username/).fill(who.username);
  await page.getByLabel(/密码|Password/).fill(who.password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await expect(page.getByText(who.name)).toBeVisible();
}

export const SHOTS_DIR = '/tmp/shots';

/** A screenshot of the current screen into /tmp/shots/<name>.png (look at it). */
export async function shot(page: Page, name: string, options: { fullPage?: boolean; path?: string } = {}) {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: options.path ?? `${SHOTS_DIR}/${name}.png`, fullPage: options.fullPage ?? false });
}
