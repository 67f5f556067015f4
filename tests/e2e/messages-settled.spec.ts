/**
 * Issue 19 items 2 and 4 in the browser: the 消息 tab counts what is unread; once a quote is signed,
 * its "waiting for you" notices stay as history marked 已处理 (no longer calls to act) and a notice
 * says the decision was received; a quote still open when the car is handed over is withdrawn, and the
 * customer's quote screen and 消息 say why.
 */
import { createAndSend, demoQuote, openVisits } from '../../server/quotes/quote.test-kit.ts';
import { demoSignIn, phone, shot } from './helpers.ts';
import { expect, test } from './local-first-fixtures.ts';

test.use(phone);

test('a signed quote settles its notices, the decision is acknowledged, the tab counts unread', async ({
  page,
  server,
  consoleErrors,
}) => {
  const staff = await server.signInStaff('advisor');
  const quote = await demoQuote(staff);
  await demoSignIn(page);
  const tab = page.getByRole('navigation').getByRole('link', { name: /^消息/ });
  await tab.click();
  const waiting = page.getByTestId('notification').filter({ hasText: '有一份报价等您确认' });
  await expect(waiting).toHaveAttribute('data-settled', 'no');
  const unread = await page.locator('[data-testid="notification"].inbox-unread').count();
  expect(unread).toBeGreaterThan(0);
  await expect(page.getByTestId('tab-badge')).toHaveText(String(unread));
  await expect(tab).toHaveAccessibleName(new RegExp(`^消息\\s+${unread} 条未读$`));
  await shot(page, 'messages-unread');

  await page.goto(`/quotes/${quote.id}`);
  await page.locator('button[data-package="advised"]').click();
  await page.getByRole('button', { name: '签字确认' }).click();
  await page.getByRole('dialog').getByLabel('您的全名').fill('张伟');
  await page.getByRole('dialog').getByRole('button', { name: '确认并签字' }).click();
  await expect(page.getByTestId('authorization-record')).toBeVisible();

  await tab.click();
  await expect(waiting).toHaveAttribute('data-settled', 'yes');
  await expect(waiting.getByTestId('notification-settled')).toHaveText('已处理');
  const received = page.getByTestId('notification').filter({ hasText: '已收到您的决定' });
  await expect(received).toHaveAttribute('data-settled', 'no');
  await expect(received).toHaveClass(/inbox-unread/);
  await shot(page, 'messages-settled');
  expect(consoleErrors).toEqual([]);
});

test('handing the car over withdraws a quote still waiting; the customer is told why', async ({
  page,
  server,
  consoleErrors,
}) => {
  const staff = await server.signInStaff('advisor');
  const visitId = (await openVisits(staff))[0]!.visitId;
  const sent = await createAndSend(staff, visitId, [
    { tier: 'required', title: '右前轮胎更换', partsFen: 120_000, labourFen: 10_000 },
  ]);
  await demoSignIn(page);
  await page.goto(`/quotes/${sent.quote.id}`);
  await expect(page.getByRole('button', { name: '签字确认' })).toBeVisible();
  for (const kind of ['ready_for_pickup', 'delivered']) {
    expect((await staff.post(`/api/staff/timeline/visits/${visitId}/events`, { kind, note: null })).status).toBe(201);
  }
  await expect(page.getByRole('main')).toContainText('车辆已交付');
  await expect(page.getByRole('button', { name: '签字确认' })).toHaveCount(0);
  await shot(page, 'quote-withdrawn-delivered');
  await page.getByRole('navigation').getByRole('link', { name: /^消息/ }).click();
  // Every quote of the visit still waiting is withdrawn: the demo's as well as this one.
  const withdrawn = page.getByTestId('notification').filter({ hasText: '报价已撤回' });
  await expect(withdrawn).toHaveCount(2);
  const mine = withdrawn.filter({ has: page.locator('.inbox-body', { hasText: /^追加项目：/ }) });
  await expect(mine).toContainText('车辆已交付');
  expect(consoleErrors).toEqual([]);
});
