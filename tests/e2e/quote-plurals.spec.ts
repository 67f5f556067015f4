/**
 * [O] 9's English copy: a quote with no required line, seen in English on the approval page, offers
 * only the packages that are a real choice (no "Required only ¥0 0 item(s)") and counts in proper
 * plurals ("1 item", "2 items", "2 items still to decide"), never "item(s)". Screenshot:
 * /tmp/shots/quote-plurals-en.png.
 */
import { createAndSend, openVisits } from '../../server/quotes/quote.test-kit.ts';
import { phone, shot } from './helpers.ts';
import { expect, test } from './local-first-fixtures.ts';

test('English packages: no empty package, plurals through the catalog', async ({ browser, server }) => {
  const staff = await server.signInStaff('advisor');
  const visitId = (await openVisits(staff))[0]!.visitId;
  const sent = await createAndSend(
    staff,
    visitId,
    [
      { tier: 'recommended', title: '四轮定位', titleEn: 'Wheel alignment', partsFen: 0, labourFen: 45_000 },
      { tier: 'optional', title: '全车镀膜', titleEn: 'Ceramic coating', partsFen: 80_000, labourFen: 40_000 },
    ],
    'standard',
    server.sms,
  );
  const context = await browser.newContext({ ...phone, locale: 'en-GB', baseURL: server.url });
  const page = await context.newPage();
  await page.goto(sent.path);
  await expect(page.getByRole('heading', { name: 'Two options' })).toBeVisible();
  await expect(page.locator('button[data-package]')).toHaveCount(2);
  await expect(page.locator('button[data-package="required"]')).toHaveCount(0);
  await expect(page.locator('button[data-package="advised"]')).toContainText('1 item');
  await expect(page.locator('button[data-package="advised"]')).not.toContainText('items');
  await expect(page.locator('button[data-package="everything"]')).toContainText('2 items');
  await expect(page.getByText('2 items still to decide')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('item(s)');
  await shot(page, 'quote-plurals-en', { fullPage: true });
  await context.close();
});
