/**
 * The manager's satisfaction dashboard on the demo (issue 15): last month's NPS computed from the
 * answers with the formula written out, star averages per question and advisor, the NPS-by-week chart
 * (uPlot, loaded from the staff chunk only) beside its table, and the open case with its deadline;
 * the manager takes it and closes it saying what was done. Screenshot: /tmp/shots/staff-surveys.png.
 */
import { expect, test } from './local-first-fixtures.ts';
import { shot, staffSignIn } from './helpers.ts';

test.use({ viewport: { width: 1280, height: 900 } });

test('dashboard: NPS 36 with its formula, averages, weekly chart, and the open case taken then closed', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
  });
  await staffSignIn(page, 'manager');
  await page.getByRole('link', { name: '满意度' }).click();
  await expect(page.getByRole('heading', { name: '满意度与回访' })).toBeVisible();
  await expect(page.getByTestId('nps-value')).toHaveText('36');
  await expect(page.getByTestId('nps-formula')).toHaveText('NPS = 推荐者占比 − 贬损者占比 = 57.1% − 21.4% = 36');
  await expect(
    page.getByText(/推荐者（9–10 分）8 人 · 中立者（7–8 分）3 人 · 贬损者（0–6 分）3 人 · 共 14 份/),
  ).toBeVisible();
  await expect(page.getByTestId('star-averages').getByRole('rowheader', { name: '李顾问' })).toBeVisible();
  await expect(page.getByTestId('nps-chart').locator('canvas')).toHaveCount(1);
  expect(scripts.filter((s) => /uPlot|nps-chart-impl/i.test(s)).every((s) => s.startsWith('/assets/staff/'))).toBe(
    true,
  );

  const kase = page.locator('article[data-case]');
  await expect(kase).toHaveCount(1);
  await expect(kase).toContainText('更换的雨刮有异响');
  await expect(kase).toContainText(/剩 [34] 小时/);
  await shot(page, 'staff-surveys', { fullPage: true });
  await kase.getByRole('button', { name: '我来致电' }).click();
  await expect(kase).toContainText('陈经理 负责致电');
  await kase.getByLabel('处理结果（做了什么）').fill('已致电，明天上门更换雨刮');
  await kase.getByRole('button', { name: '结案' }).click();
  await expect(page.getByText('没有待处理的回访。')).toBeVisible();
});
