/**
 * Tiered quote approval (issue 8) in the browser, each test against its own real server and demo
 * database, with staff acting through the real staff API:
 * - 张先生 picks the advised package, declines the optional line, defers a recommended one to next
 *   week and signs with his typed name: the signed record shows exactly those lines and prices, and
 *   the deferred line is kept (and proposed as a booking);
 * - version race: his approval of v1 waits offline while staff publish v2 → refused on sync, rolled
 *   back, and he sees v2 and what changed;
 * - the remote link in a fresh browser with no cookies: deciding works; expired, altered, other-quote
 *   and already-decided links get clear pages; nothing else of the customer is on the page;
 * - MOT 9: each of the three options is recorded as chosen.
 * Screenshots: /tmp/shots/quotes-*.png.
 */
import type { Page } from '@playwright/test';
import { QUOTE_LINK_TTL_MS } from '@shared/quotes/quote-link.schema.ts';
import type { StaffQuote } from '@shared/quotes/staff-quote.schema.ts';
import { createAndSend, demoQuote, openVisits, tokenOf } from '../../server/quotes/quote.test-kit.ts';
import { demoSignIn, phone, shot, staffSignIn } from './helpers.ts';
import { expect, test } from './local-first-fixtures.ts';

test.use(phone);

const line = (page: Page, title: string) => page.locator(`article[data-line="${title}"]`);

async function signTyped(page: Page, name = '张伟') {
  await page.getByRole('button', { name: '签字确认' }).click();
  const sheet = page.getByRole('dialog');
  await sheet.getByLabel('您的全名').fill(name);
  await sheet.getByRole('button', { name: '确认并签字' }).click();
  await expect(sheet).toBeHidden();
}

test('advised package, optional declined, recommended deferred to next week, typed signature → exactly that record', async ({
  page,
  server,
  consoleErrors,
}) => {
  const staff = await server.signInStaff('advisor');
  const quote = await demoQuote(staff);
  await demoSignIn(page);
  await page.goto(`/quotes/${quote.id}`);
  await expect(page.getByRole('heading', { name: '三种方案' })).toBeVisible();
  await expect(line(page, '空调滤芯更换').getByRole('img').first()).toBeVisible(); // the finding's photo
  await shot(page, 'quotes-open');

  await page.locator('button[data-package="advised"]').click();
  await expect(page.locator('button[data-package="advised"]')).toHaveAttribute('aria-pressed', 'true');
  await line(page, '全车镀膜').getByRole('button', { name: '不做' }).click();
  await line(page, '前刹车片更换').getByRole('button', { name: '推迟' }).click();
  await line(page, '前刹车片更换').getByLabel('下周').check();
  await expect(line(page, '前刹车片更换')).toHaveAttribute('data-decision', 'defer');
  await shot(page, 'quotes-decided-lines', { fullPage: true });

  await page.getByRole('button', { name: '签字确认' }).click();
  await page.getByRole('dialog').getByLabel('您的全名').fill('张伟');
  await shot(page, 'quotes-sign-sheet');
  await page.getByRole('dialog').getByRole('button', { name: '确认并签字' }).click();

  const record = page.getByTestId('authorization-record');
  await expect(record).toBeVisible();
  const rows = await record
    .locator('li[data-line]')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-line'), e.getAttribute('data-decision'), e.lastElementChild?.textContent]),
    );
  expect(rows).toEqual([
    ['刹车油更换', 'approve', '¥380'],
    ['空调滤芯更换', 'approve', '¥200'],
    ['前刹车片更换', 'defer', '¥880'],
    ['全车镀膜', 'decline', '¥1,200'],
  ]);
  await expect(page.getByTestId('approved-total')).toHaveText('¥580');
  await expect(page.getByTestId('hash-verified')).toBeVisible();
  await expect(page.getByTestId('deferrals').locator('li[data-deferral="前刹车片更换"]')).toBeVisible();
  await shot(page, 'quotes-record', { fullPage: true });

  // The center sees the same record; the deferred line is kept and proposed as a booking next week.
  const seen = (await staff.get<StaffQuote>(`/api/staff/quotes/${quote.id}`)).body;
  const r = seen.authorizations[0]!;
  expect(r).toMatchObject({
    hashVerified: true,
    packageChoice: 'custom',
    approvedTotalFen: 58_000,
    signature: { kind: 'typed', name: '张伟' },
  });
  expect(r.lines.map((l) => [l.title, l.decision, l.totalFen])).toEqual([
    ['刹车油更换', 'approve', 38_000],
    ['空调滤芯更换', 'approve', 20_000],
    ['前刹车片更换', 'defer', 88_000],
    ['全车镀膜', 'decline', 120_000],
  ]);
  const due = Date.parse(r.lines[2]!.deferUntil!);
  expect(due - Date.now()).toBeGreaterThan(5 * 86_400_000);
  expect(due - Date.now()).toBeLessThan(8 * 86_400_000);
  expect(seen.deferrals).toEqual([
    expect.objectContaining({ title: '前刹车片更换', kind: 'booking', proposalId: expect.any(String) }),
  ]);
  expect(consoleErrors).toEqual([]);
});

test('version race: an approval of v1 queued offline is refused after staff publish v2, rolled back, and v2 shows what changed', async ({
  page,
  context,
  server,
}) => {
  const staff = await server.signInStaff('advisor');
  const visitId = (await openVisits(staff))[0]!.visitId;
  const { quote } = await createAndSend(staff, visitId, [
    { tier: 'required', title: '右前轮胎更换', partsFen: 120_000, labourFen: 10_000 },
    { tier: 'optional', title: '四轮定位', partsFen: 0, labourFen: 45_000 },
  ]);
  await demoSignIn(page);
  await page.goto(`/quotes/${quote.id}`);
  await expect(line(page, '右前轮胎更换')).toBeVisible();

  await context.setOffline(true);
  await page.locator('button[data-package="everything"]').click();
  await signTyped(page);
  await expect(page.getByTestId('pending-record')).toBeVisible();
  await expect(page.getByTestId('status-pending')).toBeVisible();

  const revised = await staff.post<StaffQuote>(`/api/staff/quotes/${quote.id}/revise`, {
    reason: '轮胎到货价格调整',
    lines: [
      { key: quote.lines[0]!.key, tier: 'required', title: '右前轮胎更换', partsFen: 110_000, labourFen: 10_000 },
      { key: quote.lines[1]!.key, tier: 'optional', title: '四轮定位', partsFen: 0, labourFen: 45_000 },
      { tier: 'recommended', title: '轮胎动平衡', partsFen: 0, labourFen: 8_000 },
    ],
  });
  expect(revised.body.version).toBe(2);
  await context.setOffline(false);

  const refused = page.getByTestId('quote-refused');
  await expect(refused).toBeVisible({ timeout: 15_000 });
  await expect(refused.locator('li[data-change="price"]')).toContainText('右前轮胎更换');
  await expect(refused.locator('li[data-change="added"]')).toContainText('轮胎动平衡');
  await expect(page.getByTestId('pending-record')).toBeHidden();
  await expect(line(page, '轮胎动平衡')).toBeVisible(); // v2 is on screen, undecided
  await expect(page.getByText('报价已更新为第 2 版')).toBeVisible();
  await shot(page, 'quotes-version-race', { fullPage: true });
  const after = (await staff.get<StaffQuote>(`/api/staff/quotes/${quote.id}`)).body;
  expect(after).toMatchObject({ status: 'sent', version: 2, authorizations: [] });
});

test('remote link in a fresh browser with no cookies: decide once; expired, altered, other-quote and reused links get clear pages', async ({
  browser,
  server,
}) => {
  const staff = await server.signInStaff('advisor');
  const visitId = (await openVisits(staff))[0]!.visitId;
  const lines = [
    { tier: 'required' as const, title: '右前轮胎更换', partsFen: 120_000, labourFen: 10_000 },
    { tier: 'recommended' as const, title: '轮胎动平衡', partsFen: 0, labourFen: 8_000 },
    { tier: 'optional' as const, title: '四轮定位', partsFen: 0, labourFen: 45_000 },
  ];
  const a = await createAndSend(staff, visitId, lines, 'standard', server.sms);
  const b = await createAndSend(staff, visitId, lines, 'standard', server.sms);
  const context = await browser.newContext({ ...phone, locale: 'zh-CN', baseURL: server.url });
  expect(await context.cookies()).toEqual([]);
  const page = await context.newPage();
  const bodies: string[] = [];
  const urls: string[] = [];
  page.on('request', (req) => urls.push(new URL(req.url()).pathname));
  page.on('response', async (res) => {
    if (new URL(res.url()).pathname.startsWith('/api/')) bodies.push(await res.text().catch(() => ''));
  });

  await page.goto(a.path);
  await expect(page.getByRole('heading', { name: /徐汇服务中心/ })).toBeVisible();
  await expect(page.getByText('沪AD***45')).toBeVisible();
  await shot(page, 'quotes-link-open');
  for (const secret of ['张先生', '13800138000', '沪AD12345', a.quote.customerId]) {
    expect(await page.content()).not.toContain(secret);
    for (const body of bodies) expect(body).not.toContain(secret);
  }
  expect(urls.some((u) => /\/assets\/(main|index)-/.test(u) || u.startsWith('/api/sync'))).toBe(false);

  await page.locator('button[data-package="advised"]').click();
  await page.getByLabel('您的全名').fill('张伟');
  await page.getByRole('button', { name: '确认并签字' }).click();
  await expect(page.getByRole('heading', { name: '已收到您的确认' })).toBeVisible();
  await expect(page.getByTestId('link-record').locator('li[data-decision="approve"]')).toHaveCount(2);
  await shot(page, 'quotes-link-done');
  const record = (await staff.get<StaffQuote>(`/api/staff/quotes/${a.quote.id}`)).body.authorizations[0]!;
  expect(record).toMatchObject({ channel: 'link', approvedTotalFen: 138_000, hashVerified: true });

  // Reused after the decision: a clear "already decided" page, not a form.
  await page.goto(a.path);
  await page.reload();
  await expect(page.getByRole('heading', { name: '这份报价已确认' })).toBeVisible();

  // One altered character.
  const token = tokenOf(b.path);
  const altered = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11);
  await page.goto(`/approve.html?q=${b.quote.id}#${altered}`);
  await page.reload();
  await expect(page.getByRole('heading', { name: '链接无效' })).toBeVisible();
  await shot(page, 'quotes-link-invalid');

  // Another quote's id with this token.
  await page.goto(`/approve.html?q=${a.quote.id}#${token}`);
  await page.reload();
  await expect(page.getByRole('heading', { name: '链接无效' })).toBeVisible();

  // After expiry.
  server.clock.advance(QUOTE_LINK_TTL_MS + 60_000);
  try {
    await page.goto(b.path);
    await page.reload();
    await expect(page.getByRole('heading', { name: '链接已过期' })).toBeVisible();
    await expect(page.getByRole('link', { name: /致电服务中心 021-6468 0000/ })).toBeVisible();
    await shot(page, 'quotes-link-expired');
  } finally {
    server.clock.real();
  }
  const untouched = (await staff.get<StaffQuote>(`/api/staff/quotes/${b.quote.id}`)).body;
  expect(untouched).toMatchObject({ status: 'sent', authorizations: [] });
  await context.close();
});

test('MOT 9: today, next week and keep driving are each recorded as chosen, none pre-selected', async ({
  page,
  server,
}) => {
  const staff = await server.signInStaff('advisor');
  const visitId = (await openVisits(staff))[0]!.visitId;
  await demoSignIn(page);
  const expected = { today: '今天更换', next_week: '下周预约更换', keep_driving: '再开一段时间' } as const;
  for (const option of ['today', 'next_week', 'keep_driving'] as const) {
    const { quote } = await createAndSend(
      staff,
      visitId,
      [
        {
          tier: 'required',
          title: '右前轮胎更换',
          partsFen: 120_000,
          labourFen: 10_000,
          risk: '雨天刹车距离会增加，有安全隐患。',
        },
      ],
      'supplementary',
    );
    await page.goto(`/quotes/${quote.id}`);
    const radios = page.locator('label[data-option] input');
    await expect(radios).toHaveCount(3);
    for (const r of await radios.all()) await expect(r).not.toBeChecked();
    await expect(page.getByRole('button', { name: '签字确认' })).toBeDisabled();
    if (option === 'keep_driving') await shot(page, 'quotes-mot9', { fullPage: true });
    await page.locator(`label[data-option="${option}"]`).click();
    await signTyped(page);
    await expect(page.getByTestId('authorization-record')).toContainText(expected[option]);
    const r = (await staff.get<StaffQuote>(`/api/staff/quotes/${quote.id}`)).body.authorizations[0]!;
    expect(r.option).toBe(option);
    expect(r.lines[0]!.decision).toBe({ today: 'approve', next_week: 'defer', keep_driving: 'decline' }[option]);
    if (option === 'keep_driving') expect(r.acceptedRisk).toBe('雨天刹车距离会增加，有安全隐患。');
  }
});

test.describe('staff console', () => {
  test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

  test('builds a quote from findings, sends it, revises it, and sees the customer’s signed record', async ({
    page,
    server,
  }) => {
    await staffSignIn(page, 'advisor');
    await page.goto('/staff/quotes');
    const visit = page.getByTestId('staff-quote-visit').first();
    await expect(visit).toContainText('沪AD12345');
    await visit.getByRole('link', { name: '新建报价' }).click();
    const editor = page.getByTestId('quote-editor');
    await editor.getByRole('button', { name: '+ 左前轮胎' }).click();
    const added = editor.getByTestId('editor-line').last();
    await added.getByLabel('项目').fill('前轮胎更换（两条）');
    await added.getByLabel('配件（元）').fill('2400');
    await added.getByLabel('工时（元）').fill('200');
    await editor.getByTestId('editor-line').first().getByRole('button', { name: '删除此行' }).click();
    await editor.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByTestId('staff-quote-status')).toContainText('草稿');
    await page.getByRole('button', { name: '发送给客户' }).click();
    // Staff see where the link went, never the link (its token signs as the customer).
    await expect(page.getByTestId('staff-quote-link')).toContainText('138****8000');
    await expect(page.getByTestId('staff-quote-link')).not.toContainText('approve.html');
    await expect(page.getByTestId('staff-quote-status')).toContainText('等待客户');

    await page.getByRole('button', { name: '修改报价' }).click();
    // The line keeps its finding in the revision form (it showed "—" while the link was kept).
    const linked = page.getByTestId('editor-line').first().getByLabel('检测发现');
    expect(await linked.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe('左前轮胎');
    await page.getByTestId('editor-line').first().getByLabel('配件（元）').fill('2200');
    await page.getByLabel('修改原因（客户可见）').fill('轮胎促销价');
    await page.getByRole('button', { name: '发布新版本' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('第 2 版');
    await shot(page, 'quotes-staff-quote', { fullPage: true });

    // The customer decides from the app; the console shows the same record, hash verified.
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const customer = await server.signInCustomer();
    const view = (await (await server.signInStaff('advisor')).get<StaffQuote>(`/api/staff/quotes/${id}`)).body;
    const push = await customer.post('/api/sync/push', {
      clientId: crypto.randomUUID(),
      mutations: [
        {
          seq: 1,
          name: 'quote.decide',
          args: {
            quoteId: id,
            version: 2,
            decisions: view.lines.map((l) => ({ lineKey: l.key, decision: 'approve' })),
            signature: { kind: 'typed', name: '张伟' },
          },
          at: new Date().toISOString(),
        },
      ],
    });
    expect(push.status).toBe(200);
    await page.reload();
    await expect(page.getByTestId('staff-authorization')).toContainText('张伟');
    await expect(page.getByTestId('staff-authorization')).toContainText('校验通过');
    await shot(page, 'quotes-staff-record', { fullPage: true });

    await page.goto('/staff/quotes');
    await shot(page, 'quotes-staff-list', { fullPage: true });
  });
});
