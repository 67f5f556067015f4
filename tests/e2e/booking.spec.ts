/**
 * Booking in the browser (issue 6), each test on its own real server (demo data):
 * - book with a recommended slot: the confirmation moment (date, time, address, advisor, checklist,
 *   add to calendar) and the notification center (消息) with the confirmation, read/unread and its link;
 * - offline booking of a slot that other customers fill before the phone is back online: refused,
 *   the optimistic booking rolled back, the nearest free slots offered, one tap books one of them,
 *   and what the customer typed is kept.
 * Screenshots: /tmp/shots/booking-*.png.
 */
import type { SlotsResponse } from '@shared/booking/slot.schema.ts';
import { randomUUID } from 'node:crypto';
import { makeDevices } from '../../server/booking/booking.test-kit.ts';
import { demoSignIn, phone, shot, staffSignIn } from './helpers.ts';
import { expect, swControls, test } from './local-first-fixtures.ts';

test.use(phone);

test('book a recommended slot: confirmed with checklist and calendar; the 消息 tab has it', async ({
  page,
  consoleErrors,
}) => {
  await demoSignIn(page);
  await page.getByRole('link', { name: '预约' }).click();
  await expect(page).toHaveURL(/\/booking$/);
  await expect(page.getByTestId('proposal')).toContainText('刹车检查'); // the demo's proposal from 李顾问
  await shot(page, 'booking-list');

  await page.getByTestId('new-booking').click();
  const recommended = page.getByTestId('recommended-slot');
  await expect(recommended.first()).toBeVisible();
  await page.getByTestId('issues').fill('刹车有轻微异响\n空调有异味');
  await shot(page, 'booking-new', { fullPage: true });
  await recommended.first().click();
  await page.getByTestId('confirm-booking').click();

  await expect(page).toHaveURL(/\/booking\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: '预约成功！' })).toBeVisible();
  const confirmation = page.getByTestId('booking-confirmation');
  await expect(confirmation).toContainText('徐汇服务中心');
  await expect(confirmation).toContainText('工位已预留');
  await expect(page.getByText('李顾问')).toBeVisible();
  await expect(page.getByText('上海市徐汇区漕溪北路 88 号')).toBeVisible();
  const checklist = page.getByTestId('checklist');
  await expect(checklist).toContainText('行驶证');
  await expect(checklist).toContainText('刹车有轻微异响');
  await expect(checklist).toContainText('专属工位已预留');
  // The address comes with a map link (issue 19 item 16).
  expect(new URL((await page.getByTestId('booking-map').getAttribute('href'))!).host).toBe('uri.amap.com');
  const calendar = page.getByTestId('add-to-calendar');
  await expect(calendar).toBeVisible();
  const ics = await page.request.get((await calendar.getAttribute('href'))!);
  expect(ics.status()).toBe(200);
  expect(await ics.text()).toContain('DTSTART;TZID=Asia/Shanghai:');
  await shot(page, 'booking-confirmed', { fullPage: true });

  await page.getByRole('link', { name: '消息' }).click();
  const confirmed = page.getByTestId('notification').filter({ hasText: '预约成功' });
  await expect(confirmed).toContainText('未读');
  await shot(page, 'booking-messages');
  await confirmed.click();
  await expect(page).toHaveURL(/\/booking\/[0-9a-f-]{36}$/);
  await page.getByRole('link', { name: '消息' }).click();
  await expect(page.getByTestId('notification').filter({ hasText: '预约成功' })).not.toContainText('未读');
  expect(consoleErrors).toEqual([]);
});

test('one tap on the advisor’s proposal books it; a booking is moved and cancelled', async ({
  page,
  consoleErrors,
}) => {
  await demoSignIn(page);
  await page.goto('/booking');
  const proposal = page.getByTestId('proposal');
  await proposal.getByTestId('accept-proposal').click();
  await expect(page.getByTestId('booking-card').filter({ hasText: '刹车检查' })).toBeVisible();
  await expect(page.getByTestId('proposal')).toHaveCount(0); // answered: no longer waiting on the list
  await page.getByTestId('booking-card').filter({ hasText: '刹车检查' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '预约已确认' })).toBeVisible(); // not "预约成功！" later
  const before = await page.getByTestId('booking-when').innerText();

  await page.getByTestId('reschedule').click();
  const sheet = page.getByRole('dialog');
  await sheet.getByTestId('day').nth(2).click();
  await sheet.locator('[data-testid="slot"]:not([disabled])').first().click();
  await shot(page, 'booking-reschedule');
  await sheet.getByTestId('confirm-reschedule').click();
  await expect(page.getByTestId('booking-when')).not.toHaveText(before);
  await expect(page.getByTestId('status-pending')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: '预约已改期' })).toBeVisible();

  await page.getByTestId('cancel-booking').click();
  await page.getByTestId('confirm-cancel').click();
  await expect(page.getByRole('heading', { level: 1, name: '预约已取消' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('offline booking of a slot others take meanwhile: refused, rolled back, nearest slots offered', async ({
  page,
  context,
  server,
  consoleErrors,
}) => {
  await demoSignIn(page);
  await swControls(page); // offline, the app's screens come from the service worker's precache
  await page.goto('/booking/new');
  await expect(page.getByTestId('recommended-slot').first()).toBeVisible();
  // A weekday a week ahead at 15:00, while it still has free bays.
  const days = page.getByTestId('day');
  const date = (await days.nth(8).getAttribute('data-date'))!;
  await days.nth(8).click();
  const slot = page.locator('[data-testid="slot"]:not([disabled])').filter({ hasText: '15:00' });
  const startsAt = (await slot.getAttribute('data-starts-at'))!;

  await context.setOffline(true);
  await page.getByTestId('issues').fill('右前轮有异响');
  await slot.click();
  await page.getByTestId('confirm-booking').click();
  await expect(page.getByRole('heading', { level: 1, name: '预约已保存' })).toBeVisible();
  await expect(page.getByTestId('status-pending')).toBeVisible();
  await shot(page, 'booking-offline-pending');

  // Meanwhile other customers take every free bay of that slot.
  const [probe] = await makeDevices(server.db.db, server.url, 1);
  const center = (await (await fetch(`${server.url}/api/center`, { headers: { cookie: probe!.cookie } })).json()) as {
    serviceTypes: { id: string; code: string }[];
  };
  const serviceTypeId = center.serviceTypes.find((s) => s.code === 'maintenance')!.id;
  const slots = (await (
    await fetch(`${server.url}/api/booking/slots?serviceTypeId=${serviceTypeId}&from=${date}&days=1`, {
      headers: { cookie: probe!.cookie },
    })
  ).json()) as SlotsResponse;
  const free = slots.days[0]!.slots.find((s) => s.startsAt === startsAt)!.free;
  for (const other of await makeDevices(server.db.db, server.url, free)) {
    const r = await other.push('booking.create', {
      id: randomUUID(),
      vehicleId: other.vehicleId,
      serviceTypeId,
      startsAt,
      issues: '',
    });
    expect(r.body.results?.[0]?.status).toBe('applied');
  }

  await context.setOffline(false);
  const taken = page.getByTestId('slot-taken');
  await expect(taken).toBeVisible({ timeout: 20_000 });
  await expect(taken).toContainText('已被约满');
  await expect(page.getByTestId('booking-confirmation')).toHaveCount(0); // the optimistic booking is gone
  const alternatives = page.getByTestId('alternative');
  await expect(alternatives.first()).toBeVisible();
  await shot(page, 'booking-offline-taken', { fullPage: true });

  await alternatives.first().click();
  await expect(page.getByRole('heading', { level: 1, name: '预约成功！' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('checklist')).toContainText('右前轮有异响'); // nothing typed was lost
  await expect(page.getByTestId('slot-taken')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('staff console: the day per bay, a bay out of service, a next visit proposed', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await staffSignIn(page, 'advisor');
  await page.goto('/staff/booking');
  await expect(page.getByTestId('staff-bays')).toBeVisible();
  await expect(page.getByRole('heading', { name: '1 号工位' })).toBeVisible();
  await page.getByRole('button', { name: '后一天' }).click();
  await expect(page.getByTestId('staff-booking').first()).toBeVisible(); // the demo's load
  await page.getByLabel('原因（会告诉客户）').fill('举升机检修');
  await page.getByRole('button', { name: '发布' }).click();
  await expect(page.getByTestId('staff-exception')).toContainText('工位停用 · 1 号工位 · 08:30–12:00 · 举升机检修');
  await shot(page, 'booking-staff-day', { fullPage: true });
  await page.getByRole('link', { name: '建议下次到店' }).click();
  await page.getByLabel('查找').fill('沪AD12345');
  await page.getByRole('button', { name: '查找' }).click();
  await page.getByRole('button', { name: /张先生/ }).click();
  await page.getByTestId('propose-service').selectOption({ label: '刹车检查' });
  await page.getByRole('button', { name: '3 个月后' }).click();
  await page.getByTestId('propose-slot').first().click();
  await page.getByLabel('说明（客户可见）').fill('刹车片剩余 4 mm，建议复查');
  await page.getByRole('button', { name: '发送建议' }).click();
  await expect(page.getByRole('status')).toContainText('已发送给 张先生');
  await shot(page, 'booking-staff-propose');
});
