/**
 * The survey's texted link in a fresh browser with no sign-in (issue 15): the page opens the one
 * visit's survey, answers once and thanks with the points; altered, another customer's and expired
 * links each get a clear refusal page; axe finds no violations on the form, the thank-you and the
 * refusal. The page registers no service worker. Screenshots: /tmp/shots/survey-link-*.png.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { SURVEY_LINK_TTL_MS } from '@shared/surveys/survey-link.schema.ts';
import { DEMO_CUSTOMER_PHONE, DEMO_SECOND_CUSTOMER_PHONE } from '../../server/demo/demo.constants.ts';
import { surveyLinkPath } from '../../server/surveys/survey-link.ts';
import { deliveredVisit } from '../../server/surveys/survey.test-kit.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { firstLoad, readManifest } from '../helpers/first-load.ts';
import { phone, shot } from './helpers.ts';
import { DIST_DIR, expect, query, sql, test } from './local-first-fixtures.ts';

test.use(phone);

async function noViolations(page: Page, state: string) {
  const { violations, passes } = await new AxeBuilder({ page }).analyze();
  expect(passes.map((p) => p.id)).toContain('color-contrast');
  expect(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

async function linkOf(server: TestServer, phoneNo: string) {
  const [who] = await query<{ id: string; vehicle_id: string }>(
    server,
    sql`select c.id, v.id as vehicle_id from customer c join vehicle v on v.customer_id = c.id
        where c.phone = ${phoneNo} order by v.created_at limit 1`,
  );
  const visitId = await deliveredVisit(server.db.db, who!.id, who!.vehicle_id, new Date());
  return { visitId, ...surveyLinkPath(server.deps.secret, { id: visitId, customerId: who!.id }, new Date()) };
}

const fresh = async (browser: Browser, server: TestServer) =>
  (await browser.newContext({ ...phone, locale: 'zh-CN', baseURL: server.url })).newPage();

test('the texted link: answered once without signing in, thank-you with the points; no service worker', async ({
  browser,
  server,
}) => {
  const link = await linkOf(server, DEMO_CUSTOMER_PHONE);
  const page = await fresh(browser, server);
  await page.goto(link.path);
  await expect(page.getByRole('heading', { name: /服务评价/ })).toBeVisible();
  await expect(page.getByText('「常规保养」')).toBeVisible();
  await noViolations(page, 'link form');
  expect(await query(server, sql`select 1 from survey where visit_id = ${link.visitId}`)).toHaveLength(0);
  for (const group of ['服务态度', '专业水平', '等待时间', '总体满意度'])
    await page.getByRole('group', { name: group }).getByRole('radio', { name: '2 星' }).check();
  await page.getByRole('group', { name: /推荐/ }).getByRole('radio', { name: '4', exact: true }).check();
  await shot(page, 'survey-link-form', { fullPage: true });
  await page.getByRole('button', { name: '提交评价' }).click();
  const thanks = page.getByTestId('survey-thanks');
  await expect(thanks).toContainText('50 积分已计入您的账户');
  await expect(thanks).toContainText('服务经理会在 24 小时内给您打电话');
  await noViolations(page, 'link thank-you');
  await shot(page, 'survey-link-thanks');
  expect(await query(server, sql`select nps, channel from survey where visit_id = ${link.visitId}`)).toEqual([
    { nps: 4, channel: 'link' },
  ]);
  // Opened again (a previewer, or the customer later): it says answered and shows no form.
  await page.reload();
  await expect(page.getByRole('heading', { name: '这份问卷已经提交过了' })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});

test('altered, another customer’s and expired links: clear refusal pages', async ({ browser, server }) => {
  const link = await linkOf(server, DEMO_CUSTOMER_PHONE);
  const other = await linkOf(server, DEMO_SECOND_CUSTOMER_PHONE);
  const page = await fresh(browser, server);
  const altered = link.path.replace(/#(.)/, (_m, c: string) => `#${c === 'A' ? 'B' : 'A'}`);
  await page.goto(altered);
  await expect(page.getByRole('heading', { name: '这个链接无效' })).toBeVisible();
  await noViolations(page, 'invalid');
  await shot(page, 'survey-link-invalid');
  // 王女士's visit with 张先生's token.
  await page.goto(`/survey.html?v=${other.visitId}#${link.token}`);
  await expect(page.getByRole('heading', { name: '这个链接无效' })).toBeVisible();
  server.clock.set(new Date(Date.now() + SURVEY_LINK_TTL_MS + 60_000));
  await page.goto(link.path);
  await expect(page.getByRole('heading', { name: '这个链接已过期' })).toBeVisible();
  await expect(page.getByRole('link', { name: /致电服务中心/ })).toBeVisible();
  await noViolations(page, 'expired');
  server.clock.real();
  expect(
    await query(server, sql`select 1 from survey where visit_id in (${link.visitId}, ${other.visitId})`),
  ).toHaveLength(0);
});

test('the link page’s first load: at most 40 KiB gzip, without Dexie, the app entry or the staff console', () => {
  const manifest = readManifest(DIST_DIR);
  const page = firstLoad(DIST_DIR, manifest, 'survey.html');
  const appOnly = Object.keys(manifest).filter((k) => k === 'index.html' || /dexie|database|web\/staff\//i.test(k));
  expect(appOnly.length).toBeGreaterThan(1);
  for (const key of appOnly) expect(page.keys.has(key), `${key} is in the survey link's first load`).toBe(false);
  expect(page.gzipKiB).toBeLessThanOrEqual(40);
});
