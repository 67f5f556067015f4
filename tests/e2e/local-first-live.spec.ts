/**
 * Local-first live stream (issue 4): a change made by staff reaches the open customer page within a
 * second, without a reload; a page that was offline while three changes were made shows all three,
 * received in the order they were made, once it is back online — and the live stream works again.
 */
import type { Page } from '@playwright/test';
import { demoSignIn, phone, shot } from './helpers.ts';
import { expect, query, readIdb, sql, swControls, test } from './local-first-fixtures.ts';
import type { Client } from '../helpers/test-server.ts';

test.use(phone);
// A fresh server per test, and a shared 2-core machine: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

let vinCounter = 0;
/** Staff register a vehicle for 张先生 (POST /api/staff/vehicles), as the service desk would. */
async function registerVehicle(staff: Client, customerId: string, plate: string, model: string) {
  vinCounter++;
  const res = await staff.post<{ id: string }>('/api/staff/vehicles', {
    customerId,
    model,
    plate,
    vin: `LRW3E7FA0PC${String(100000 + vinCounter)}`,
    mileageKm: 1000 * vinCounter,
    purchaseDate: '2026-01-15',
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

const card = (page: Page, plate: string) => page.getByTestId('vehicle-card').filter({ hasText: plate });

test('live: a staff change reaches the open page within a second; three made while offline arrive in order', async ({
  page,
  context,
  server,
  consoleErrors,
}) => {
  const [me] = await query<{ id: string }>(server, sql`select id from customer where phone = '13800138000'`);
  const staff = await server.signInStaff('advisor');
  await demoSignIn(page);
  await swControls(page);
  await expect(card(page, '沪AD12345')).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  const notReloaded = () => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded);

  await registerVehicle(staff, me!.id, '沪AL00001', 'Model Y 长续航版');
  await expect(card(page, '沪AL00001')).toBeVisible({ timeout: 1000 });
  await expect(card(page, '沪AL00001')).toContainText('Model Y 长续航版');

  // Offline (the live stream drops) while three changes are made, in this order.
  await context.setOffline(true);
  await expect(page.getByTestId('status-offline')).toBeVisible();
  const plates = ['沪AL00002', '沪AL00003', '沪AL00004'];
  const ids: string[] = [];
  for (const plate of plates) ids.push(await registerVehicle(staff, me!.id, plate, `Model 3 ${plate}`));
  await expect(card(page, plates[0]!)).toHaveCount(0);
  await shot(page, 'local-first-live-offline');

  const pulled: { entity: string; id: string; seq: number }[] = [];
  page.on('response', async (r) => {
    if (!r.url().includes('/api/sync/pull')) return;
    const body = (await r.json().catch(() => null)) as { changes?: typeof pulled } | null;
    pulled.push(...(body?.changes ?? []));
  });
  await context.setOffline(false);
  for (const plate of plates) await expect(card(page, plate)).toBeVisible();
  await expect(page.getByTestId('vehicle-card')).toHaveCount(5);
  await expect(page.getByTestId('status-offline')).toHaveCount(0);
  // Received in the order they were made: the pull after reconnecting carried them by change sequence,
  // and the mirror keeps each row's sequence number.
  await expect.poll(() => pulled.filter((c) => ids.includes(c.id)).map((c) => c.id)).toEqual(ids);
  const records = await readIdb<{ entity: string; id: string; seq: number }>(page, 'records');
  const seqs = ids.map((id) => records.find((r) => r.entity === 'vehicle' && r.id === id)?.seq ?? 0);
  expect(seqs[0]).toBeGreaterThan(0);
  expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
  await shot(page, 'local-first-live-reconnected');

  // The stream is back (now through the service worker): the next change is live again.
  await expect.poll(() => server.deps.live.size()).toBe(1);
  await registerVehicle(staff, me!.id, '沪AL00005', 'Model 3 焕新版');
  await expect(card(page, '沪AL00005')).toBeVisible({ timeout: 1000 });
  expect(await notReloaded()).toBe(true);
  expect(consoleErrors).toEqual([]);
});
