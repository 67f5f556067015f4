/**
 * Delay compensation as real vouchers ([G] item 3) in the browser, against a private real server: a
 * delay offering a wash and the 200 yuan accessory voucher puts both on the Me tab's wallet with their
 * expiry; at the front desk's payment step the advisor uses the accessory voucher with one press, the
 * amount due drops by 200 yuan and the payment is recorded; the customer's final bill shows the
 * voucher as its own line and the wallet shows it used. Screenshots: /tmp/shots/vouchers-*.png.
 */
import type { Board } from '@shared/timeline/timeline.schema.ts';
import { demoSignIn, phone, shot, staffSignIn } from './helpers.ts';
import { expect, test } from './local-first-fixtures.ts';

test.use(phone);

test('delay vouchers reach the wallet and are used at the payment step, once', async ({ page, browser, server }) => {
  const advisor = await server.signInStaff('advisor');
  const board = (await advisor.get<Board>('/api/staff/timeline/board')).body.rows;
  const visitId = board.find((b) => b.plate === '沪AD12345')!.visitId;
  const delay = await advisor.post(`/api/staff/timeline/visits/${visitId}/delay`, {
    remainingMinutes: 600,
    reason: '配件晚到',
    compensation: ['free_wash', 'accessory_voucher_200'],
  });
  expect(delay.status).toBe(201);

  const customerContext = await browser.newContext({ ...phone, baseURL: server.url });
  const customer = await customerContext.newPage();
  await demoSignIn(customer);
  await customer.goto('/settings');
  const wallet = customer.getByTestId('member-vouchers');
  await expect(wallet.getByTestId('member-voucher')).toHaveCount(2);
  await expect(wallet.getByTestId('member-voucher').filter({ hasText: '200 元精品抵用券' })).toContainText('有效期至');
  await expect(wallet.getByTestId('member-voucher').filter({ hasText: '免费洗车券' })).toContainText('延误补偿');
  await wallet.scrollIntoViewIfNeeded();
  await shot(customer, 'vouchers-wallet');

  const work = [{ title: '精品脚垫', partsFen: 30_000, labourFen: 0 }];
  expect((await advisor.post(`/api/staff/health-record/visits/${visitId}`, { items: work })).status).toBe(200);
  expect(
    (await advisor.post(`/api/staff/timeline/visits/${visitId}/events`, { kind: 'ready_for_pickup' })).status,
  ).toBe(201);
  await staffSignIn(page, 'advisor');
  await page.goto(`/staff/timeline/${visitId}`);
  const pay = page.getByTestId('payment-form');
  await expect(pay.getByTestId('staff-bill-due')).toContainText('应付 ¥300');
  await pay.getByRole('button', { name: '使用 200 元精品抵用券（¥200）' }).click();
  await expect(pay.getByTestId('staff-bill-due')).toContainText('应付 ¥100');
  await expect(pay.getByRole('button', { name: /200 元精品抵用券/ })).toHaveCount(0);
  await expect(pay.getByRole('textbox', { name: '实收金额（元）' })).toHaveValue('100.00');
  await pay.getByRole('button', { name: '记录付款' }).click();
  await expect(pay.getByText('已付 ¥100')).toBeVisible();
  await shot(page, 'vouchers-staff-payment', { fullPage: true });

  await customer.goto('/visit');
  const bill = customer.getByTestId('final-bill');
  await expect(bill.getByTestId('bill-deduction')).toHaveText(['200 元精品抵用券−¥200']);
  await expect(bill.getByTestId('bill-due')).toHaveText('¥100');
  await expect(bill.getByTestId('bill-paid')).toHaveText('¥100');
  await customer.goto('/settings');
  await expect(wallet.getByTestId('member-voucher')).toHaveCount(1);
  await expect(wallet.getByTestId('member-voucher-past')).toContainText('已于');
  await customerContext.close();
});
