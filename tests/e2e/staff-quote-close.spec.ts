/**
 * Issue 19 items 2 and 11 in the staff console: an advisor withdraws a waiting quote (the customer
 * can no longer decide it), and a new quote for a visit already handed over says so instead of
 * loading for ever.
 */
import type { StaffQuote } from '@shared/quotes/staff-quote.schema.ts';
import { createAndSend, openVisits } from '../../server/quotes/quote.test-kit.ts';
import { shot, staffSignIn } from './helpers.ts';
import { expect, test } from './local-first-fixtures.ts';

test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

test('an advisor withdraws a waiting quote; a delivered visit gets no new quote, in words', async ({
  page,
  server,
  consoleErrors,
}) => {
  const staff = await server.signInStaff('advisor');
  const visitId = (await openVisits(staff))[0]!.visitId;
  const sent = await createAndSend(staff, visitId, [
    { tier: 'required', title: '右前轮胎更换', partsFen: 120_000, labourFen: 10_000 },
  ]);
  await staffSignIn(page, 'advisor');
  await page.goto(`/staff/quotes/${sent.quote.id}`);
  await expect(page.getByTestId('staff-quote-status')).toContainText('等待客户');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: '撤回报价' }).click();
  await expect(page.getByTestId('staff-quote-status')).toContainText('已撤回');
  await expect(page.getByRole('button', { name: '撤回报价' })).toHaveCount(0);
  expect((await staff.get<StaffQuote>(`/api/staff/quotes/${sent.quote.id}`)).body.status).toBe('withdrawn');

  for (const kind of ['ready_for_pickup', 'delivered']) {
    expect((await staff.post(`/api/staff/timeline/visits/${visitId}/events`, { kind, note: null })).status).toBe(201);
  }
  await page.goto(`/staff/quotes/new?visit=${visitId}`);
  await expect(page.getByTestId('visit-closed')).toHaveText('这次到店已交付或不在进行中，不能再新建报价。');
  await expect(page.getByRole('link', { name: '返回报价列表' })).toBeVisible();
  await shot(page, 'staff-quote-new-closed');
  expect(consoleErrors).toEqual([]);
});
