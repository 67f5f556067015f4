/**
 * Local-first, offline (issue 4): after one online visit the app opens with no network and shows the
 * same screens; an action taken offline shows at once as pending and reaches the server exactly once
 * when the network returns; settings shows the storage state and the last sync time, and the status
 * line says offline / N pending. Screenshots: /tmp/shots/local-first-*.png.
 */
import type { Page } from '@playwright/test';
import { demoSignIn, phone, shot } from './helpers.ts';
import {
  clientIdOf,
  expect,
  type OutboxRow,
  openSettings,
  query,
  readIdb,
  sql,
  swControls,
  test,
} from './local-first-fixtures.ts';

test.use(phone);
// A fresh server per test, and a shared 2-core machine: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

/** The screen's text, without the storage usage figure (it grows as the mirror fills). */
const screenText = async (page: Page) =>
  (await page.locator('main').innerText())
    .split('\n')
    .filter((line) => !/^(占用手机空间 |.* used$)/.test(line))
    .join('\n');

test('offline reload: the vehicles, the Model 3 and settings show the same text with no network', async ({
  page,
  context,
  consoleErrors,
}) => {
  await demoSignIn(page);
  await swControls(page);
  const card = page.getByTestId('vehicle-card').filter({ hasText: '沪AD12345' });
  await expect(card).toContainText('Model 3');
  await expect(page.getByRole('status')).toContainText('张先生');
  const online: Record<string, string> = { vehicles: await screenText(page) };

  await card.click();
  await expect(page.getByTestId('vehicle-plate')).toHaveText('沪AD12345');
  const vehicleUrl = new URL(page.url()).pathname;
  online.vehicle = await screenText(page);

  await openSettings(page);
  await expect(page.getByTestId('last-sync')).toContainText('上次同步');
  online.settings = await screenText(page);

  await context.setOffline(true);
  const settingsLoad = await page.reload();
  expect(settingsLoad?.fromServiceWorker()).toBe(true);
  await expect(page.getByTestId('status-offline')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '我的' })).toBeVisible();
  await expect(page.getByTestId('last-sync')).toContainText('上次同步');
  await expect.poll(() => screenText(page)).toBe(online.settings);
  await shot(page, 'local-first-offline-settings');

  const listLoad = await page.goto('/vehicles');
  expect(listLoad?.fromServiceWorker()).toBe(true);
  await expect(card).toContainText('Model 3');
  await expect.poll(() => screenText(page)).toBe(online.vehicles);
  await expect(page.getByTestId('status-offline')).toBeVisible();
  await shot(page, 'local-first-offline-vehicles');

  await card.click(); // an in-app navigation offline: the screen's chunk comes from the precache
  await expect(page).toHaveURL(vehicleUrl);
  await expect.poll(() => screenText(page)).toBe(online.vehicle);
  const vehicleLoad = await page.reload();
  expect(vehicleLoad?.fromServiceWorker()).toBe(true);
  await expect(page.getByTestId('vehicle-plate')).toHaveText('沪AD12345');
  await expect.poll(() => screenText(page)).toBe(online.vehicle);
  await shot(page, 'local-first-offline-vehicle');

  expect(consoleErrors).toEqual([]);
});

test('offline action: the language changes at once, pending; back online it is synced, once on the server', async ({
  page,
  context,
  server,
  consoleErrors,
}) => {
  await demoSignIn(page);
  await openSettings(page);
  await expect(page.getByRole('radio', { name: '简体中文' })).toBeChecked();
  await expect(page.getByText('已同步')).toBeVisible();

  await context.setOffline(true);
  await expect(page.getByTestId('status-offline')).toBeVisible();
  await page.getByText('English', { exact: true }).click();
  // At once, with no server: the whole interface is English, and says the change is waiting.
  await expect(page.getByRole('heading', { level: 1, name: 'Me' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(page.getByText('Waiting to sync', { exact: true })).toBeVisible();
  await expect(page.getByTestId('status-pending')).toContainText('Waiting to sync: 1');
  await expect(page.getByTestId('status-offline')).toContainText('Offline');
  await expect(page.getByText('Actions waiting to sync: 1')).toBeVisible();
  await shot(page, 'local-first-offline-pending');
  const pending = await readIdb<OutboxRow>(page, 'outbox');
  expect(pending.map((m) => [m.name, m.args, m.status])).toEqual([['preferences.set', { locale: 'en' }, 'pending']]);

  await context.setOffline(false);
  await expect(page.getByText('Synced', { exact: true })).toBeVisible();
  await expect(page.getByTestId('status-pending')).toHaveCount(0);
  await expect(page.getByTestId('status-offline')).toHaveCount(0);
  await expect(page.getByText('Actions waiting to sync: 0')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Me' })).toBeVisible();
  await shot(page, 'local-first-offline-synced');
  await expect.poll(() => readIdb<OutboxRow>(page, 'outbox')).toEqual([]);

  // Exactly once on the server: one receipt for this device, one change published, the row updated.
  const clientId = await clientIdOf(page);
  const receipts = await query(
    server,
    sql`select seq::int as seq, name, status from sync_mutation where client_id = ${clientId}`,
  );
  expect(receipts).toEqual([{ seq: 1, name: 'preferences.set', status: 'applied' }]);
  const [me] = await query<{ id: string; locale: string }>(
    server,
    sql`select id, locale from customer where phone = '13800138000'`,
  );
  expect(me?.locale).toBe('en');
  const changes = await query(
    server,
    sql`select seq from change_log where customer_id = ${me!.id} and entity = 'preferences' and data->>'locale' = 'en'`,
  );
  expect(changes).toHaveLength(1);
  // A second device of 张先生 pulls the change from scratch.
  const other = await server.signInCustomer();
  const pulled = await other.get<{ changes: { entity: string; data: { locale: string } }[] }>('/api/sync/pull?since=0');
  expect(pulled.body.changes.filter((c) => c.entity === 'preferences').map((c) => c.data.locale)).toEqual(['en']);

  expect(consoleErrors).toEqual([]);
});

test('settings shows the storage state and the last sync time; the status line says offline and N pending', async ({
  page,
  context,
}) => {
  await demoSignIn(page);
  await openSettings(page);
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await expect(page.getByTestId('storage-state')).toHaveText(
    persisted
      ? '您的车辆档案和消息已保存在这部手机上，没有网络也能查看。'
      : '您的车辆档案和消息已保存在这部手机上，没有网络也能查看。手机空间不足时可能被清理，联网后会自动恢复。',
  );
  await expect(page.getByText(/^占用手机空间 \d+(\.\d)? (KB|MB)$/)).toBeVisible();
  // The last sync, in the center's time zone: today's date and a time.
  await expect(page.getByTestId('last-sync')).toHaveText(/^上次同步：\d{4}年\d{1,2}月\d{1,2}日.*\d{1,2}:\d{2}/);
  const lastSync = async () =>
    (await readIdb<{ key: string; value: unknown }>(page, 'meta')).find((m) => m.key === 'lastSyncAt')?.value;
  const before = await lastSync();
  expect(typeof before).toBe('string');

  await context.setOffline(true);
  await expect(page.getByTestId('status-offline')).toHaveText(/离线中/);
  await page.getByText('大字模式', { exact: true }).click();
  await page.getByText('优惠与活动', { exact: true }).click();
  await expect(page.getByTestId('status-pending')).toHaveText(/2 项操作等待同步/);
  await expect(page.getByText('等待同步的操作：2 项')).toBeVisible();
  await expect(page.getByText('等待同步', { exact: true })).toBeVisible();
  await shot(page, 'local-first-status-offline-2-pending');

  await context.setOffline(false);
  await expect(page.getByTestId('status-pending')).toHaveCount(0);
  await expect(page.getByText('等待同步的操作：0 项')).toBeVisible();
  await expect.poll(lastSync).not.toBe(before);
  await expect(page.getByTestId('last-sync')).toHaveText(/^上次同步：/);
});
