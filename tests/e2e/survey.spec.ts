/**
 * The survey in the app (issue 15): answered offline, it shows the thank-you at once as pending, and
 * once back online reaches the server exactly once — one survey row, 50 points once — and the
 * thank-you names the points. axe finds no violations on the form and the thank-you; the star
 * ratings are radio groups named by their legend. Screenshots: /tmp/shots/survey-*.png.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEMO_CUSTOMER_PHONE } from '../../server/demo/demo.constants.ts';
import { deliveredVisit } from '../../server/surveys/survey.test-kit.ts';
import { demoSignIn, phone, shot } from './helpers.ts';
import { expect, query, sql, test } from './local-first-fixtures.ts';

test.use(phone);

async function noViolations(page: Page, state: string) {
  const { violations, passes } = await new AxeBuilder({ page }).analyze();
  expect(passes.map((p) => p.id)).toContain('color-contrast');
  expect(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

test('answered offline: thank-you at once, then one survey row and 50 points once when back online', async ({
  page,
  context,
  server,
}) => {
  const [who] = await query<{ id: string; vehicle_id: string }>(
    server,
    sql`select c.id, v.id as vehicle_id from customer c join vehicle v on v.customer_id = c.id
        where c.phone = ${DEMO_CUSTOMER_PHONE} order by v.created_at limit 1`,
  );
  const visitId = await deliveredVisit(server.db.db, who!.id, who!.vehicle_id, new Date());
  await demoSignIn(page);
  await page.goto(`/surveys/${visitId}`);
  await expect(page.getByRole('group', { name: '服务态度' })).toBeVisible();
  await expect(page.getByRole('group', { name: '服务态度' }).getByRole('radio')).toHaveCount(5);
  await expect(page.getByText('0 = 完全不可能')).toBeVisible();
  await noViolations(page, 'form');
  await shot(page, 'survey-form', { fullPage: true });

  await context.setOffline(true);
  for (const [group, stars] of [
    ['服务态度', '5 星'],
    ['专业水平', '4 星'],
    ['等待时间', '3 星'],
  ] as const)
    await page.getByRole('group', { name: group }).getByRole('radio', { name: stars, exact: true }).check();
  // The keyboard moves within a group: focus 1 star of 总体满意度, arrow right to 2, then 3.
  await page.getByRole('group', { name: '总体满意度' }).getByRole('radio', { name: '1 星' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('group', { name: '总体满意度' }).getByRole('radio', { name: '3 星' })).toBeChecked();
  await page.getByRole('group', { name: /推荐/ }).getByRole('radio', { name: '9', exact: true }).check();
  await page.getByLabel(/还有什么想告诉我们的/).fill('师傅讲解很清楚');
  await page.getByRole('button', { name: '提交评价' }).click();
  const thanks = page.getByTestId('survey-thanks');
  await expect(thanks).toContainText('谢谢您的评价');
  await expect(thanks).toContainText('联网提交后，50 积分将计入您的账户');
  expect(await query(server, sql`select 1 from survey where visit_id = ${visitId}`)).toHaveLength(0);

  await context.setOffline(false);
  await expect(thanks).toContainText('50 积分已计入您的账户', { timeout: 15_000 });
  const rows = await query<{ nps: number; overall: number; comment: string }>(
    server,
    sql`select nps, overall, comment from survey where visit_id = ${visitId} and submitted_at is not null`,
  );
  expect(rows).toEqual([{ nps: 9, overall: 3, comment: '师傅讲解很清楚' }]);
  const points = await query(
    server,
    sql`select points from points_entry where source = 'survey' and source_id = ${visitId}`,
  );
  expect(points).toEqual([{ points: 50 }]);
  await noViolations(page, 'thank-you');
  await shot(page, 'survey-thanks');

  // Reloaded, the screen still thanks instead of asking again.
  await page.reload();
  await expect(page.getByTestId('survey-thanks')).toContainText('50 积分已计入您的账户');
  await expect(page.getByRole('button', { name: '提交评价' })).toHaveCount(0);
});

test('offered at once on the delivered visit: the Visit tab’s entry opens the survey', async ({ page, server }) => {
  const staff = await server.signInStaff('advisor');
  const board = (await staff.get<{ rows: { plate: string; visitId: string }[] }>('/api/staff/timeline/board')).body;
  const visitId = board.rows.find((r) => r.plate === '沪AD12345')!.visitId;
  for (const kind of ['ready_for_pickup', 'delivered'])
    expect((await staff.post(`/api/staff/timeline/visits/${visitId}/events`, { kind, note: null })).status).toBe(201);
  await demoSignIn(page);
  await page.goto('/visit');
  const entry = page.getByTestId('survey-entry');
  await expect(entry).toContainText('提交即得 50 积分');
  await shot(page, 'survey-entry', { fullPage: true });
  await entry.getByRole('link', { name: '去评价' }).click();
  await expect(page).toHaveURL(new RegExp(`/surveys/${visitId}$`));
  await expect(page.getByRole('group', { name: '服务态度' })).toBeVisible();
});
