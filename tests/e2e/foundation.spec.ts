/**
 * The foundation in a phone-sized Chromium: demo sign-in shows 张先生's Model 3, the language and
 * large-text settings change the interface, and the staff console finds 张先生 by plate.
 * Screenshots of each screen go to /tmp/shots/foundation-*.png.
 */
import { expect, type Page, test } from '@playwright/test';
import { demoSignIn, phone, shot, staffSignIn } from './helpers.ts';
import { test as ownServer } from './local-first-fixtures.ts';

test.use(phone);

const rootFontSize = (page: Page) =>
  page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));

test('the demo customer signs in and sees the Model 3, without loading the staff console', async ({ page }) => {
  const staffChunks: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/assets/staff/')) staffChunks.push(r.url());
  });
  await page.goto('/');
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await shot(page, 'foundation-signin');

  await page.getByRole('button', { name: '演示登录（张先生）' }).click();
  await expect(page).toHaveURL(/\/vehicles$/);
  await expect(page.getByRole('heading', { name: '我的车辆' })).toBeVisible();
  const card = page.getByTestId('vehicle-card').filter({ hasText: '沪AD12345' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Model 3');
  await expect(page.getByText('沪AF67890')).toHaveCount(0); // 王女士's car is not his
  await shot(page, 'foundation-vehicles');

  await card.click();
  await expect(page).toHaveURL(/\/vehicles\/[0-9a-f-]{36}$/);
  await expect(page.getByText('沪AD12345').first()).toBeVisible();
  await shot(page, 'foundation-vehicle');
  expect(staffChunks).toEqual([]);
});

// Its own server: switching 张先生 to English on the run's shared server would race with the
// specs that read Chinese there.
ownServer('English and large text change the interface, and stay after a reload', async ({ page }) => {
  await demoSignIn(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的' }).click();
  await expect(page.getByRole('heading', { name: '我的', level: 1 })).toBeVisible();
  await shot(page, 'foundation-settings');

  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { name: 'Me', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Vehicles' }),
  ).toBeVisible();

  const before = await rootFontSize(page);
  await page.getByText('Large text', { exact: true }).click();
  await expect(page.getByRole('switch', { name: 'Large text' })).toBeChecked();
  await expect(page.locator('html')).toHaveClass(/large-text/);
  await expect.poll(() => rootFontSize(page)).toBeGreaterThan(before);
  await shot(page, 'foundation-settings-en-large');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Me', level: 1 })).toBeVisible();
  await expect.poll(() => rootFontSize(page)).toBeGreaterThan(before);
  await page.getByRole('link', { name: 'Vehicles' }).click();
  await expect(page.getByRole('heading', { name: 'My vehicles' })).toBeVisible();
  await shot(page, 'foundation-vehicles-en-large');
});

test('staff sign in at /staff and find 张先生 by plate', async ({ page }) => {
  await page.goto('/staff');
  await expect(page.getByRole('heading', { name: '员工登录' })).toBeVisible();
  await shot(page, 'foundation-staff-signin');

  await staffSignIn(page, 'advisor');
  await page.getByLabel('按手机号、车牌或姓名查找').fill('沪AD12345');
  await page.getByRole('button', { name: '查找' }).click();
  const rows = page.getByTestId('staff-customer-row');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('张先生');
  await expect(rows).toContainText('沪AD12345');
  await shot(page, 'foundation-staff-home');
});
