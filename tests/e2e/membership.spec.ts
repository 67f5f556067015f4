/**
 * Membership benefits for real (issue 14 items 1 and 3), against a server of its own with the demo:
 * 张先生 is gold (¥12,000 this year, ¥3,000 to platinum). The center opens bookings 7 days ahead
 * (gold: 3 days earlier, platinum: 7). A ¥3,200 payment moves him to platinum live on the Me tab;
 * the next quote carries the 20 % maintenance discount as its own line; the booking screen shows the
 * days only platinum opens. The server holds to both when the client is bypassed: a direct booking
 * beyond his horizon is refused before and accepted after, and the quote's discount comes from the
 * server's own view. Screenshots: /tmp/shots/membership-*.png (zh-CN and English, 390 px).
 */
import { randomUUID } from 'node:crypto';
import type { Center } from '@shared/center/center.schema.ts';
import type { MembershipView } from '@shared/membership/membership-view.schema.ts';
import { DEFAULT_MEMBERSHIP_SETTINGS } from '@shared/membership/settings.schema.ts';
import { addDays, zonedDate, zonedTimeToUtc } from '@shared/time.ts';
import { createAndSend, device, mirror, openVisits } from '../../server/quotes/quote.test-kit.ts';
import { demoSignIn, phone, shot, staffSignIn } from './helpers.ts';
import { expect, test } from './local-first-fixtures.ts';

test.use(phone);

test('a payment crossing the threshold moves the tier; the next quote shows the discount line and the booking screen the earlier days, both enforced by the server', async ({
  page,
  server,
  consoleErrors,
}) => {
  const manager = await server.signInStaff('manager');
  const advisor = await server.signInStaff('advisor');
  const settings = { ...DEFAULT_MEMBERSHIP_SETTINGS, publicHorizonDays: 7 };
  expect((await manager.fetch('/api/staff/membership/settings', { method: 'PUT', json: settings })).status).toBe(200);

  const customer = await server.signInCustomer();
  const center = (await customer.get<Center>('/api/center')).body;
  const tz = center.timeZone;
  const today = zonedDate(new Date(), tz);
  const maintenance = center.serviceTypes.find((s) => s.code === 'maintenance')!;
  const car = (await customer.get<{ id: string }[]>('/api/vehicles')).body[0]!;
  const bookOn = (date: string) =>
    device(customer).push('booking.create', {
      id: randomUUID(),
      vehicleId: car.id,
      serviceTypeId: maintenance.id,
      startsAt: zonedTimeToUtc(date, 14 * 60, tz).toISOString(),
      issues: '',
    });

  // Gold: 7 + 3 days. A direct booking 12 days ahead (bypassing the screen) is refused.
  const slotsBefore = await customer.get<{ lastDate: string; days: { date: string }[] }>(
    `/api/booking/slots?serviceTypeId=${maintenance.id}&days=20`,
  );
  expect(slotsBefore.body.lastDate).toBe(addDays(today, 10));
  expect(slotsBefore.body.days.at(-1)!.date).toBe(addDays(today, 10));
  const refused = await bookOn(addDays(today, 12));
  expect(refused.status).toBe('refused');

  await demoSignIn(page);
  await page.getByRole('link', { name: '我的' }).click();
  const card = page.getByTestId('member-card');
  await expect(page.getByTestId('member-tier')).toHaveText('黄金会员');
  await expect(page.getByTestId('member-to-next')).toHaveText('再消费 ¥3,000 升级铂金会员');
  await expect(card.getByRole('progressbar')).toHaveAttribute('aria-label', /升级进度：已完成 \d+%/);
  await expect(page.getByTestId('member-next-benefits')).toContainText('保养 8 折优惠');
  await expect(page.getByTestId('member-expiring').first()).toContainText(/\d+ 积分将于 .+ 到期/);
  await expect(page.getByTestId('member-entry').first()).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'membership-me-zh');

  // The payment that crosses ¥15,000: the Me tab moves to platinum without a reload.
  const paid = await advisor.post('/api/staff/health-record/visits', {
    vehicleId: car.id,
    title: '更换四条轮胎',
    mileageKm: 21_000,
    status: 'delivered',
    items: [{ title: '米其林 PS4 轮胎 ×4', partsFen: 300_000, labourFen: 20_000 }],
    payment: { paidFen: 320_000, method: 'card' },
  });
  expect(paid.status).toBe(201);
  await expect(page.getByTestId('member-tier')).toHaveText('铂金会员');
  await expect(page.getByTestId('member-to-next')).toHaveText('您已是最高等级会员');
  await expect(page.getByTestId('member-benefits')).toContainText('免费代步车');
  await expect(page.getByTestId('member-entry').first()).toContainText('更换四条轮胎');
  const view = (await customer.get<MembershipView>('/api/membership')).body;
  expect(view.tier.code).toBe('platinum');
  expect(view.spendFen).toBe(1_520_000);

  // The next quote: the server puts the 20 % maintenance discount on it.
  const visit = (await openVisits(advisor)).find((v) => v.customerName === '张先生')!;
  const sent = await createAndSend(advisor, visit.visitId, [
    { tier: 'required', title: '常规保养', partsFen: 50_000, labourFen: 30_000, serviceCode: 'maintenance' },
    { tier: 'optional', title: '全车镀膜', partsFen: 100_000, labourFen: 0 },
  ]);
  const mirrored = (await mirror(customer)).get<{ memberDiscount: { tier: string; pct: number; fen: number } }>(
    'quote',
    sent.quote.id,
  );
  expect(mirrored?.memberDiscount).toMatchObject({ tier: 'platinum', pct: 20, fen: 16_000 });
  await page.goto(`/quotes/${sent.quote.id}`);
  const discount = page.getByTestId('member-discount');
  await expect(discount).toContainText('铂金会员 保养8折（1 项保养）');
  await expect(discount).toContainText('−¥160');
  await shot(page, 'membership-quote-discount');

  // The booking screen: 7 + 7 days now, the last ones marked as the tier's.
  await page.goto('/booking/new');
  const lastDay = page.locator(`[data-testid="day"][data-date="${addDays(today, 13)}"]`);
  await expect(lastDay).toBeVisible();
  await expect(lastDay).toHaveAttribute('data-priority', 'true');
  await expect(lastDay).toContainText('会员优先');
  await expect(page.getByTestId('member-priority')).toContainText('铂金会员优先预约：您比其他客户早 7 天');
  await shot(page, 'membership-booking-priority');
  // And the server takes the direct booking it refused before.
  expect((await bookOn(addDays(today, 12))).status).toBe('applied');

  // English.
  await page.goto('/settings');
  await page.getByLabel('English').check();
  await expect(page.getByTestId('member-tier')).toHaveText('Platinum member');
  await expect(page.getByTestId('member-benefits')).toContainText('20% off maintenance');
  await page.getByTestId('member-card').scrollIntoViewIfNeeded();
  await shot(page, 'membership-me-en');
  expect(consoleErrors).toEqual([]);
});

test('the Me tab shows gold before the payment in English too (tier card at 390 px)', async ({ page }) => {
  await demoSignIn(page);
  await page.getByRole('link', { name: '我的' }).click();
  await page.getByLabel('English').check();
  await expect(page.getByTestId('member-tier')).toHaveText('Gold member');
  await expect(page.getByTestId('member-to-next')).toHaveText(/^(CN)?¥3,000 more to Platinum member$/);
  await expect(page.getByTestId('member-next-benefits')).toContainText('20% off maintenance');
  await shot(page, 'membership-me-en-gold');
});

test('staff console: the member list with tiers, a point adjustment with a reason, the settings saved', async ({
  page,
  server,
}) => {
  await staffSignIn(page, 'manager');
  await page.goto('/staff/membership');
  const zhang = page.locator('tr[data-member="张先生"]');
  await expect(zhang).toContainText('黄金会员');
  await expect(zhang).toContainText('¥12,000');
  await zhang.getByRole('button').click();
  const detail = page.getByTestId('member-detail');
  await expect(detail).toContainText('生日礼遇');
  const before = Number((await detail.getByRole('heading').innerText()).match(/(\d+) 积分/)![1]);
  await detail.getByLabel('调整积分（负数为扣减）').fill('-100');
  await detail.getByLabel('原因（必填）').fill('重复发放，冲回');
  await detail.getByRole('button', { name: '调整' }).click();
  await expect(detail.getByRole('heading')).toContainText(`${before - 100} 积分`);
  await expect(detail).toContainText('重复发放，冲回');
  await shot(page, 'membership-staff-members');
  const me = await server.signInCustomer();
  expect((await me.get<{ balance: number }>('/api/membership/balance')).body.balance).toBe(before - 100);

  await page.goto('/staff/membership/settings');
  await page.getByLabel('所有客户可预约天数').fill('30');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toContainText('已保存');
  const manager = await server.signInStaff('manager');
  expect(
    (await manager.get<{ publicHorizonDays: number }>('/api/staff/membership/settings')).body.publicHorizonDays,
  ).toBe(30);
});
