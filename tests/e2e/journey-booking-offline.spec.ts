/**
 * Issue 19, item 1: booking offline never blanks the app. Opening 预约 online mirrors every service's
 * free times into IndexedDB, so tapping a service whose times were never shown still offers them
 * offline (with their age); with nothing mirrored, the picker says in words that times need a
 * connection, the tab bar stays, and the times appear by themselves when the network returns.
 * Screenshots: /tmp/shots/journey-slots-*.png.
 */
import type { Page } from '@playwright/test';
import { demoSignIn, phone, shot } from './helpers.ts';
import { expect, readIdb, test } from './local-first-fixtures.ts';

test.use(phone);

const slotKeys = async (page: Page) =>
  (await readIdb<{ key: string }>(page, 'meta')).map((m) => m.key).filter((k) => k.startsWith('slots.'));

async function openNewBooking(page: Page) {
  await demoSignIn(page);
  await page.getByRole('link', { name: '预约' }).click();
  await page.getByTestId('new-booking').click();
  await expect(page.getByTestId('recommended-slot').first()).toBeVisible();
  // every service of the center (six in the demo) is mirrored ahead
  await expect.poll(async () => (await slotKeys(page)).length).toBe(6);
}

const tabBar = (page: Page) => page.getByRole('navigation', { name: '主导航' });

test('offline, a service never opened online still offers its mirrored free times', async ({
  page,
  context,
  consoleErrors,
}) => {
  await openNewBooking(page);
  await context.setOffline(true);
  await page.getByRole('radio', { name: /刹车检查/ }).check();
  await expect(page.getByTestId('slots-cached')).toContainText('离线中');
  await expect(page.getByTestId('recommended-slot').first()).toBeVisible();
  await expect(tabBar(page)).toBeVisible();
  await expect(page.getByText('正在加载…')).toHaveCount(0);
  await shot(page, 'journey-slots-cached');
  expect(consoleErrors).toEqual([]);
});

test('offline with nothing mirrored: words instead of a blank screen, tabs kept, times back online', async ({
  page,
  context,
  consoleErrors,
}) => {
  await openNewBooking(page);
  // Forget the mirrored times, as on a device that never opened 预约 online.
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('pitlane');
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').delete(IDBKeyRange.bound('slots.', 'slots.\uffff'));
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
  await context.setOffline(true);
  await page.getByRole('radio', { name: /刹车检查/ }).check();
  const unavailable = page.getByTestId('slots-unavailable');
  await expect(unavailable).toContainText('查看空位需要联网');
  await expect(unavailable.getByRole('button', { name: '重试' })).toBeVisible();
  await expect(tabBar(page)).toBeVisible();
  await expect(page.getByText('正在加载…')).toHaveCount(0);
  await expect(page.getByTestId('issues')).toBeVisible(); // the rest of the form is still there
  await shot(page, 'journey-slots-offline', { fullPage: true });

  // The other tabs still work offline.
  await tabBar(page).getByRole('link', { name: '车辆' }).click();
  await expect(page).toHaveURL(/\/vehicles$/);
  await page.goBack();
  await page.getByRole('radio', { name: /刹车检查/ }).check();
  await expect(page.getByTestId('slots-unavailable')).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByTestId('slots-unavailable')).toHaveCount(0);
  await expect(page.getByTestId('recommended-slot').first()).toBeVisible();
  await expect(page.getByTestId('slots-cached')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('English: the words for times that need a connection', async ({ page, context }) => {
  await openNewBooking(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('navigation').getByRole('link', { name: 'Booking' }).click();
  await page.getByTestId('new-booking').click();
  await expect(page.getByTestId('recommended-slot').first()).toBeVisible();
  await context.setOffline(true);
  await page.getByRole('radio', { name: /Brake check/ }).check();
  await expect(page.getByTestId('slots-cached')).toContainText('Offline');
  await shot(page, 'journey-slots-cached-en');
});
