/**
 * Family access in the browser (issue 17, item 2), each test on its own real server with the demo:
 * 李女士 (张先生's wife) shares his Model 3 with the book scope.
 * - she sees and books for the shared car only, marked "由 张先生 共享"; his other car is a 404 to her;
 * - after 张先生 revokes, her open app loses the car within a second (live stream), and a booking she
 *   queued offline before the revocation is refused with the reason in words when she is back online;
 * - the owner's "家人共享" card: invite, pending invitation with cancel, member with revoke.
 * Screenshots: /tmp/shots/family-*.png.
 */
import type { Page } from '@playwright/test';
import { DEMO_FAMILY_PHONE } from '../../server/demo/demo.constants.ts';
import { createVehicle } from '../../server/vehicles/vehicle.service.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { codeSignIn, demoSignIn, phone, shot } from './helpers.ts';
import { expect, query, sql, swControls, test } from './local-first-fixtures.ts';

test.use(phone);
test.describe.configure({ timeout: 90_000 });

async function zhang(server: TestServer) {
  const [me] = await query<{ id: string }>(server, sql`select id from customer where phone = '13800138000'`);
  const [car] = await query<{ id: string }>(
    server,
    sql`select id from vehicle where customer_id = ${me!.id} and plate = '沪AD12345'`,
  );
  return { id: me!.id, model3: car!.id, api: await server.signInCustomer() };
}

/** A second car of 张先生's, not shared with anyone. */
const secondCar = (server: TestServer, customerId: string) =>
  server.db.db.transaction((tx) =>
    createVehicle(tx, {
      customerId,
      model: 'Tesla Model X',
      plate: '沪AX99999',
      vin: 'LRWXAB1C2D3E45678',
      color: null,
      mileageKm: 3000,
      purchaseDate: '2025-06-01',
      warrantyUntil: null,
      warrantyKm: null,
    }),
  );

const card = (page: Page, plate: string) => page.getByTestId('vehicle-card').filter({ hasText: plate });

test('the member sees and books for the shared vehicle only; the owner’s other vehicle is a 404', async ({
  page,
  server,
  consoleErrors,
}) => {
  const owner = await zhang(server);
  const other = await secondCar(server, owner.id);
  await codeSignIn(page, server.sms, DEMO_FAMILY_PHONE); // 李女士
  await expect(card(page, '沪AD12345')).toBeVisible();
  await expect(card(page, '沪AD12345').getByTestId('shared-badge')).toHaveText('由 张先生 共享');
  await expect(page.getByTestId('vehicle-card')).toHaveCount(1);
  await shot(page, 'family-member-vehicles');

  // As the member, through the API: the shared car answers, his other car does not exist.
  expect((await page.request.get(`/api/vehicles/${owner.model3}`)).status()).toBe(200);
  expect((await page.request.get(`/api/vehicles/${other.id}`)).status()).toBe(404);
  expect((await page.request.get(`/api/health-record/vehicles/${other.id}`)).status()).toBe(404);

  await card(page, '沪AD12345').click();
  const share = page.getByTestId('family-share');
  await expect(share).toContainText('由 张先生 共享');
  await expect(share).toContainText('可预约');
  await expect(page.getByTestId('family-card')).toHaveCount(0); // the owner's section is his alone
  await shot(page, 'family-member-vehicle', { fullPage: true });

  await page.goto('/booking/new');
  await page.getByTestId('recommended-slot').first().click();
  await page.getByTestId('confirm-booking').click();
  await expect(page.getByRole('heading', { level: 1, name: '预约成功！' })).toBeVisible();
  await expect(page.getByTestId('acted-by')).toHaveText('由 李女士 预约');
  await shot(page, 'family-member-booked', { fullPage: true });

  // The booking is 张先生's (his car), and names who made it.
  const [booked] = await query<{ customer_id: string; booked_by: string }>(
    server,
    sql`select b.customer_id, c.name as booked_by from booking b join customer c on c.id = b.booked_by_id
        where b.vehicle_id = ${owner.model3} and b.source = 'app'`,
  );
  expect(booked).toEqual({ customer_id: owner.id, booked_by: '李女士' });
  expect(consoleErrors).toEqual([]);
});

test('after revocation the open app loses the car within a second, and a queued booking is refused in words', async ({
  page,
  context,
  server,
  consoleErrors,
}) => {
  const owner = await zhang(server);
  await codeSignIn(page, server.sms, DEMO_FAMILY_PHONE); // 李女士
  await swControls(page);
  await expect(card(page, '沪AD12345')).toBeVisible();

  // Offline, she books: queued on the device, shown as pending.
  await page.goto('/booking/new');
  await expect(page.getByTestId('recommended-slot').first()).toBeVisible();
  await context.setOffline(true);
  await page.getByTestId('recommended-slot').first().click();
  await page.getByTestId('confirm-booking').click();
  await expect(page.getByRole('heading', { level: 1, name: '预约已保存' })).toBeVisible();
  await expect(page.getByTestId('status-pending')).toBeVisible();

  // Meanwhile 张先生 stops sharing the car with her (his own API, his own session).
  const family = await owner.api.get<{ members: { id: string; name: string }[] }>(
    `/api/family/vehicles/${owner.model3}`,
  );
  const li = family.body.members.find((m) => m.name === '李女士')!;
  expect((await owner.api.post(`/api/family/members/${li.id}/revoke`)).status).toBe(200);

  await context.setOffline(false);
  const refused = page.getByTestId('status-refused');
  await expect(refused).toContainText('车主已停止与您共享这辆车，此操作未执行。', { timeout: 20_000 });
  await expect(refused).not.toContainText('family_ended');
  await shot(page, 'family-member-refused');
  await page.getByRole('link', { name: '车辆' }).click();
  await expect(card(page, '沪AD12345')).toHaveCount(0);
  const [n] = await query<{ n: string | number }>(
    server,
    sql`select count(*) as n from booking where booked_by_id is not null`,
  );
  expect(Number(n!.n)).toBe(0);

  // Shared again, then revoked while her app is open: gone within a second, without a reload.
  const inv = await owner.api.post<{ id: string }>('/api/family/invitations', {
    vehicleId: owner.model3,
    phone: DEMO_FAMILY_PHONE,
    scope: 'view',
  });
  expect(inv.status).toBe(201);
  const code = server.sms.last(DEMO_FAMILY_PHONE)?.text.match(/\d{6}/)?.[0] ?? '';
  await page.goto('/family/join');
  await expect(page.getByTestId('family-join-card')).toContainText('张先生 邀请您共享 沪AD12345');
  await shot(page, 'family-join');
  await page.getByLabel('短信验证码').fill(code);
  await page.getByTestId('family-accept').click();
  await expect(page).toHaveURL(new RegExp(`/vehicles/${owner.model3}$`));
  await expect(page.getByTestId('family-share')).toContainText('仅查看');
  await page.getByRole('link', { name: '车辆' }).click();
  await expect(card(page, '沪AD12345')).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  const again = await owner.api.get<{ members: { id: string; name: string }[] }>(
    `/api/family/vehicles/${owner.model3}`,
  );
  await owner.api.post(`/api/family/members/${again.body.members.find((m) => m.name === '李女士')!.id}/revoke`);
  await expect(card(page, '沪AD12345')).toHaveCount(0, { timeout: 1000 });
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('the owner’s 家人共享 card: invite, cancel the pending invitation, the member with 停止共享', async ({
  page,
  consoleErrors,
}) => {
  await demoSignIn(page);
  await card(page, '沪AD12345').click();
  const family = page.getByTestId('family-card');
  await expect(family).toContainText('李女士');
  await expect(family).toContainText('共享的家人（1/5）');
  await family.getByLabel('家人的手机号').fill('13612345678');
  await family.getByRole('radio', { name: '查看、预约并确认报价' }).check();
  await family.getByLabel(/可确认的报价金额上限/).fill('500');
  await family.getByRole('button', { name: '发送邀请' }).click();
  await expect(family.getByRole('status')).toContainText('邀请已发送');
  const pending = page.getByTestId('family-invitation');
  await expect(pending).toContainText('136****5678');
  await expect(pending).toContainText('可确认 ¥500 以内的报价');
  await family.getByRole('heading', { name: '邀请家人' }).scrollIntoViewIfNeeded();
  await shot(page, 'family-owner');
  await pending.getByRole('button', { name: '取消邀请' }).click();
  await expect(pending).toHaveCount(0);
  await expect(page.getByTestId('family-member').getByRole('button', { name: '停止共享' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
