/**
 * The final bill in the browser ([O] 15), against a private real server: the demo visit's quote is
 * approved in part, the work recorded, the car paid and delivered through the real staff API; the
 * customer's delivery summary shows one bill with the work and exactly the approved lines, the member
 * discount as its own line, the amount due and what was paid; a receipt request with a mistyped
 * taxpayer id is stopped on the form, a valid one reaches the server; the health record's visit
 * entry shows the same bill. Screenshots: /tmp/shots/final-bill-*.png.
 */
import type { BillView } from '@shared/billing/bill-view.ts';
import { deferAt } from '@shared/quotes/defer.ts';
import { demoQuote, device, mirror, signature } from '../../server/quotes/quote.test-kit.ts';
import { demoSignIn, phone, shot } from './helpers.ts';
import { expect, test } from './local-first-fixtures.ts';

test.use(phone);

test('the delivery summary shows the final bill and takes a fapiao request', async ({ page, server }) => {
  const staff = await server.signInStaff('advisor');
  const zhang = await server.signInCustomer();
  const q = await demoQuote(staff);
  const visitId = q.visitId;
  const [fluid, cabin, pads, coating] = q.lines.map((l) => l.key) as [string, string, string, string];
  const decided = await device(zhang).push('quote.decide', {
    quoteId: q.id,
    version: q.version,
    packageChoice: 'advised',
    decisions: [
      { lineKey: fluid, decision: 'approve' },
      { lineKey: cabin, decision: 'approve' },
      { lineKey: pads, decision: 'defer', deferUntil: deferAt('next_week', new Date(), 'Asia/Shanghai') },
      { lineKey: coating, decision: 'decline' },
    ],
    signature,
  });
  expect(decided.status).toBe('applied');
  const path = `/api/staff/health-record/visits/${visitId}`;
  const events = `/api/staff/timeline/visits/${visitId}/events`;
  const work = [{ title: '基础保养', titleEn: 'Routine maintenance', partsFen: 42_000, labourFen: 26_000 }];
  expect((await staff.post(path, { items: work })).status).toBe(200);
  expect((await staff.post(events, { kind: 'ready_for_pickup' })).status).toBe(201);
  const built = await staff.fetch(`/api/staff/timeline/visits/${visitId}/delivery`, {
    method: 'PUT',
    json: { checks: [{ key: 'cleanliness', note: '内外清洁完成' }], nextVisit: null, note: null },
  });
  expect(built.status).toBe(200);
  expect((await staff.post(path, { payment: { paidFen: 120_200, method: 'wechat' } })).status).toBe(200);
  expect((await staff.post(events, { kind: 'delivered' })).status).toBe(201);

  await demoSignIn(page);
  await page.goto('/visit');
  const bill = page.getByTestId('final-bill');
  await expect(bill).toBeVisible();
  await expect(bill.getByTestId('bill-line')).toHaveCount(3);
  const lines = await bill.getByTestId('bill-line').getByRole('rowheader').allInnerTexts();
  expect(lines.map((l) => l.split('\n')[0])).toEqual(['基础保养', '刹车油更换', '空调滤芯更换']);
  await expect(bill).not.toContainText('前刹车片更换');
  await expect(bill).not.toContainText('全车镀膜');
  await expect(bill.getByTestId('bill-deduction')).toHaveText(['黄金会员保养 9 折−¥58']);
  await expect(bill.getByTestId('bill-due')).toHaveText('¥1,202');
  await expect(bill.getByTestId('bill-paid')).toHaveText('¥1,202');
  await shot(page, 'final-bill-delivery', { fullPage: true });

  await bill.getByRole('button', { name: '申请发票' }).click();
  await bill.getByRole('radio', { name: '单位' }).check();
  await bill.getByRole('textbox', { name: '单位名称' }).fill('上海某某科技有限公司');
  await bill.getByRole('textbox', { name: '纳税人识别号' }).fill('913100007109317377');
  await bill.getByRole('textbox', { name: '接收邮箱' }).fill('finance@example.com');
  await bill.getByRole('button', { name: '提交发票申请' }).click();
  await expect(bill.getByText('纳税人识别号不正确')).toBeVisible();
  await shot(page, 'final-bill-fapiao-error', { fullPage: true });
  await bill.getByRole('textbox', { name: '纳税人识别号' }).fill('91350100M000100Y43');
  await bill.getByRole('button', { name: '提交发票申请' }).click();
  await expect(bill.getByTestId('fapiao-requested')).toContainText('上海某某科技有限公司（91350100M000100Y43）');
  await expect
    .poll(async () => (await mirror(zhang)).get<BillView>('bill', visitId)?.fapiao?.title)
    .toEqual({ kind: 'company', companyName: '上海某某科技有限公司', taxpayerId: '91350100M000100Y43' });

  await page.goto(`/vehicles/${q.vehicleId}`);
  const entry = page.getByTestId('visit-bill').first();
  await entry.locator('summary').click();
  await expect(entry.getByTestId('bill-line')).toHaveCount(3);
  await expect(entry.getByTestId('bill-due')).toHaveText('¥1,202');
  await shot(page, 'final-bill-record', { fullPage: true });
});
