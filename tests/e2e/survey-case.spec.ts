/**
 * A low score in the app (issue 15): the survey notice in 消息 (written by the 24-hour offer job)
 * opens the survey screen; a 5/10 shows the thank-you and the case's state in words — received, then
 * who will call once staff take it, then resolved with the invitation to score again; the re-score is
 * shown beside the first. axe finds no violations on the case states. Screenshot: /tmp/shots/survey-case-*.png.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { StaffCase } from '@shared/surveys/survey-staff.schema.ts';
import { HOUR } from '@shared/time.ts';
import { DEMO_CUSTOMER_PHONE } from '../../server/demo/demo.constants.ts';
import { offerDueSurveys } from '../../server/surveys/survey-offer.ts';
import { deliveredVisit } from '../../server/surveys/survey.test-kit.ts';
import { demoSignIn, phone, shot } from './helpers.ts';
import { expect, query, sql, test } from './local-first-fixtures.ts';

test.use(phone);

async function noViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

test('from 消息 to a 5/10: received, someone will call, resolved, and the re-score beside the first', async ({
  page,
  server,
}) => {
  const [who] = await query<{ id: string; vehicle_id: string }>(
    server,
    sql`select c.id, v.id as vehicle_id from customer c join vehicle v on v.customer_id = c.id
        where c.phone = ${DEMO_CUSTOMER_PHONE} order by v.created_at limit 1`,
  );
  const visitId = await deliveredVisit(server.db.db, who!.id, who!.vehicle_id, new Date(Date.now() - 25 * HOUR));
  expect((await offerDueSurveys(server.db.db, server.deps.secret, new Date())).offered).toBe(1);

  await demoSignIn(page);
  await page.goto('/messages');
  await page.locator('[data-testid="notification"][data-kind="survey"]').click();
  await expect(page).toHaveURL(new RegExp(`/surveys/${visitId}$`));
  for (const group of ['服务态度', '专业水平', '等待时间', '总体满意度'])
    await page.getByRole('group', { name: group }).getByRole('radio', { name: '3 星' }).check();
  await page.getByRole('group', { name: /推荐/ }).getByRole('radio', { name: '5', exact: true }).check();
  await page.getByRole('button', { name: '提交评价' }).click();

  const kase = page.getByTestId('survey-case');
  await expect(kase).toHaveAttribute('data-state', 'received');
  await expect(kase).toContainText('服务经理会在 24 小时内给您打电话');
  await expect(kase.locator('[aria-current="step"]')).toContainText('已收到');
  await noViolations(page, 'received');
  await shot(page, 'survey-case-received', { fullPage: true });

  const manager = await server.signInStaff('manager');
  const open = (await manager.get<StaffCase[]>('/api/staff/surveys/cases')).body.find((c) => c.visitId === visitId)!;
  await manager.post(`/api/staff/surveys/cases/${open.id}/take`, {});
  await expect(kase).toHaveAttribute('data-state', 'calling');
  await expect(kase).toContainText('陈经理 会给您打电话');
  await manager.post(`/api/staff/surveys/cases/${open.id}/close`, { note: '已致电，下次保养免工时费' });
  await expect(kase).toHaveAttribute('data-state', 'resolved');
  await expect(kase.locator('[aria-current="step"]')).toContainText('已解决');
  await noViolations(page, 'resolved');
  await kase
    .getByRole('group', { name: /愿意给我们打几分/ })
    .getByRole('radio', { name: '9', exact: true })
    .check();
  await kase.getByRole('button', { name: '提交新的评分' }).click();
  await expect(kase).toContainText('新的评分：9 分');
  await expect(page.getByText('您的评分：推荐意愿 5 分')).toBeVisible();
  await expect
    .poll(async () => {
      const [row] = await query<{ rescores: { nps: number }[] }>(
        server,
        sql`select rescores from recovery_case where visit_id = ${visitId}`,
      );
      return row?.rescores.map((r) => r.nps);
    })
    .toEqual([9]);
  await shot(page, 'survey-case-rescored', { fullPage: true });
});
