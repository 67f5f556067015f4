/**
 * The approval page's refusal of an outdated version, in a fresh browser from the texted link: the
 * customer signs version 1 after the center published version 2; nothing is recorded, the page says
 * the quote was just updated, shows what changed (the same list as the app), and offers version 2.
 * Screenshot: /tmp/shots/quotes-link-outdated.png.
 */
import AxeBuilder from '@axe-core/playwright';
import type { StaffQuote } from '@shared/quotes/staff-quote.schema.ts';
import { createAndSend, openVisits } from '../../server/quotes/quote.test-kit.ts';
import { phone, shot } from './helpers.ts';
import { expect, test } from './local-first-fixtures.ts';

test.use(phone);

test('signing an outdated version on the link: refused with what changed, then version 2 to decide', async ({
  browser,
  server,
}) => {
  const staff = await server.signInStaff('advisor');
  const visitId = (await openVisits(staff))[0]!.visitId;
  const sent = await createAndSend(
    staff,
    visitId,
    [
      { tier: 'required', title: '右前轮胎更换', partsFen: 120_000, labourFen: 10_000 },
      { tier: 'optional', title: '四轮定位', partsFen: 0, labourFen: 45_000 },
    ],
    'standard',
    server.sms,
  );
  const context = await browser.newContext({ ...phone, locale: 'zh-CN', baseURL: server.url });
  const page = await context.newPage();
  await page.goto(sent.path);
  await page.locator('button[data-package="everything"]').click();
  await page.getByLabel('您的全名').fill('张伟');

  const revised = await staff.post<StaffQuote>(`/api/staff/quotes/${sent.quote.id}/revise`, {
    reason: '轮胎到货价格调整',
    lines: [
      { key: sent.quote.lines[0]!.key, tier: 'required', title: '右前轮胎更换', partsFen: 110_000, labourFen: 10_000 },
      { key: sent.quote.lines[1]!.key, tier: 'optional', title: '四轮定位', partsFen: 0, labourFen: 45_000 },
    ],
  });
  expect(revised.body.version).toBe(2);
  await page.getByRole('button', { name: '确认并签字' }).click();

  const refused = page.getByTestId('quote-refused');
  await expect(refused.getByRole('heading', { name: '报价刚刚更新了' })).toBeVisible();
  await expect(refused.locator('li[data-change="price"]')).toContainText('右前轮胎更换');
  await expect(page.getByText('第 2 版')).toBeVisible();
  await expect(page.getByRole('button', { name: '确认并签字' })).toBeDisabled(); // v2 is undecided
  await shot(page, 'quotes-link-outdated', { fullPage: true });
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  expect((await staff.get<StaffQuote>(`/api/staff/quotes/${sent.quote.id}`)).body).toMatchObject({
    status: 'sent',
    version: 2,
    authorizations: [],
  });
  await context.close();
});
