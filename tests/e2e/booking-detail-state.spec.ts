/**
 * Item 5: the booking detail says 预约成功！ only right after booking; reopened later its title names
 * the real state, and after a reschedule the recommendation's reason (it described the old time) is
 * gone. English likewise.
 */
import { demoSignIn, phone } from './helpers.ts';
import { expect, test } from './local-first-fixtures.ts';

test.use(phone);

test('预约成功！ only right after booking; reopened it is 预约已确认; moved it is 预约已改期 without the old reason', async ({
  page,
  consoleErrors,
}) => {
  await demoSignIn(page);
  await page.goto('/booking/new');
  await page.getByTestId('recommended-slot').first().click();
  await page.getByTestId('confirm-booking').click();
  await expect(page).toHaveURL(/\/booking\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: '预约成功！' })).toBeVisible();
  await expect(page.locator('.rec-reason')).toBeVisible();
  await expect(page.getByTestId('status-pending')).toHaveCount(0);
  const url = page.url();

  await page.goto('/booking');
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: '预约已确认' })).toBeVisible();
  await expect(page.locator('.rec-reason')).toBeVisible();
  const before = await page.getByTestId('booking-when').innerText();

  await page.getByTestId('reschedule').click();
  const sheet = page.getByRole('dialog');
  await sheet.getByTestId('day').nth(3).click();
  await sheet.locator('[data-testid="slot"]:not([disabled])').last().click();
  await sheet.getByTestId('confirm-reschedule').click();
  await expect(page.getByTestId('booking-when')).not.toHaveText(before);
  await expect(page.getByRole('heading', { level: 1, name: '预约已改期' })).toBeVisible();
  await expect(page.locator('.rec-reason')).toHaveCount(0);
  await expect(page.getByTestId('status-pending')).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '预约已确认' })).toBeVisible();
  await expect(page.locator('.rec-reason')).toHaveCount(0); // the server dropped it too
  expect(consoleErrors).toEqual([]);
});
