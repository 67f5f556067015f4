/**
 * The vehicle health record (issue 5) in the browser, each test on its own server with the demo data:
 * 张先生 opens the Model 3 and sees visits with itemized prices, red/yellow/green findings, the tread
 * chart and a projected date — and the same after an offline reload; a finding a technician records
 * with a photo appears on his open page live, and the served photo carries no EXIF/GPS; a share link
 * opens without sign-in and shows no name or phone, revoked → 410, altered → 404; the print view
 * contains every visit. Screenshots: /tmp/shots/health-record-*.png.
 */
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { demoSignIn, horizontalOverflow, phone, shot, staffSignIn } from './helpers.ts';
import { expect, swControls, test } from './local-first-fixtures.ts';

test.use(phone);

async function openModel3(page: Page) {
  await demoSignIn(page);
  await page.getByTestId('vehicle-card').filter({ hasText: '沪AD12345' }).click();
  await expect(page.getByTestId('vehicle-plate')).toHaveText('沪AD12345');
  await expect(page.getByTestId('visit').first()).toBeVisible();
}

/** The screen's text (what a customer reads), for comparing online and offline. */
const mainText = (page: Page) => page.locator('main').innerText();

async function expectRecord(page: Page) {
  // Status first: the one thing to know, computed from the readings.
  await expect(page.getByTestId('record-headline')).toContainText(/前刹车片剩余 4 mm，约 \d+ (周|个月)后需更换/);
  // Six visits (five past ones and today's), with itemized parts and labour in yuan.
  await expect(page.getByTestId('visit')).toHaveCount(7);
  const brakeCheck = page.getByTestId('visit').filter({ hasText: '刹车检查' });
  await expect(brakeCheck).toContainText('更换右后轮胎');
  await expect(brakeCheck).toContainText('米其林 235/45 R18');
  await expect(brakeCheck).toContainText('¥1,150');
  await expect(brakeCheck.getByTestId('visit-total')).toHaveText('¥1,380');
  // Findings of all three grades, each with its word (never colour alone).
  for (const [grade, word] of [
    ['red', '需立即处理'],
    ['yellow', '建议近期处理'],
    ['green', '暂不需处理'],
  ] as const) {
    await expect(page.locator(`[data-testid=finding][data-grade=${grade}]`).first()).toContainText(word);
  }
  await expect(page.getByTestId('finding').filter({ hasText: '右后轮胎侧壁鼓包' })).toContainText('已于');
  // The tread chart and a projected date, in words.
  await expect(page.getByTestId('wear-chart-tread_mm').locator('svg.hr-chart-svg')).toBeVisible();
  await expect(page.getByTestId('projection-tread_fl')).toContainText(
    /按您的用车频率，约 .+ 公里后到更换线（约 \d{4}年\d+月\d+日）/,
  );
  await expect(page.getByTestId('projection-tread_fl')).toContainText('估计范围');
}

test('张先生 opens the Model 3: visits, graded findings, tread chart and projection — the same offline', async ({
  page,
  context,
  consoleErrors,
}) => {
  await openModel3(page);
  await swControls(page);
  await expectRecord(page);
  await expect(page.getByRole('link', { name: '预约保养' })).toHaveAttribute('href', /\/booking\?vehicle=/);
  const online = await mainText(page);
  await shot(page, 'health-record-vehicle');
  await page.getByTestId('wear-card').scrollIntoViewIfNeeded();
  // The front pads were replaced (6.3 → 10 mm) and the rear right tyre (5.4 → 8.0 mm): each starts a
  // new, marked line instead of one line that reads as the part growing.
  await expect(page.getByTestId('wear-chart-brake_pad_mm').getByTestId('wear-replaced')).toHaveCount(1);
  await expect(page.getByTestId('wear-chart-tread_mm').getByTestId('wear-replaced')).toHaveCount(1);
  await expect(page.getByTestId('wear-chart-brake_pad_mm').locator('polyline')).toHaveCount(3);
  await shot(page, 'health-record-wear');
  await page.getByTestId('visit').first().scrollIntoViewIfNeeded();
  await shot(page, 'health-record-visits');

  await context.setOffline(true);
  const load = await page.reload();
  expect(load?.fromServiceWorker()).toBe(true);
  await expect(page.getByTestId('status-offline')).toBeVisible();
  await expectRecord(page);
  await expect.poll(() => mainText(page)).toBe(online);
  expect(consoleErrors).toEqual([]);
});

test('a finding recorded by a technician with a photo appears live; the photo has no EXIF GPS', async ({
  page,
  playwright,
  server,
}) => {
  await openModel3(page);
  const vehicleId = new URL(page.url()).pathname.split('/').pop()!;
  const staff = await playwright.request.newContext({ baseURL: server.url });
  expect((await staff.post('/api/auth/staff', { data: { username: 'tech', password: 'pitlane-tech' } })).status()).toBe(
    200,
  );
  const record = await (await staff.get(`/api/staff/health-record/vehicles/${vehicleId}`)).json();
  const visitId = record.visits.at(-1).id as string;
  const finding = await staff.post('/api/staff/health-record/findings', {
    data: {
      visitId,
      component: '左后减震器',
      grade: 'red',
      note: '减震器漏油，影响行车安全。',
      recommendation: '建议今天更换。',
    },
  });
  expect(finding.status()).toBe(201);
  const findingId = (await finding.json()).id as string;
  const jpeg = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#835' } })
    .jpeg()
    .withExif({
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '31/1 11/1 30/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '121/1 26/1 10/1',
      },
    })
    .toBuffer();
  expect((await sharp(jpeg).metadata()).exif).toBeDefined();
  const upload = await staff.post('/api/staff/media', {
    multipart: {
      ownerKind: 'finding',
      ownerId: findingId,
      role: 'evidence',
      file: { name: 'leak.jpg', mimeType: 'image/jpeg', buffer: jpeg },
    },
  });
  expect(upload.status()).toBe(201);

  // No reload: the live stream pokes the device, the mirror updates, the screen follows.
  const shown = page.getByTestId('finding').filter({ hasText: '左后减震器' });
  await expect(shown).toContainText('需立即处理');
  await expect(shown.locator('img')).toHaveCount(1);
  await expect(page.getByTestId('record-headline')).toContainText('左后减震器需要立即处理');
  await shown.scrollIntoViewIfNeeded();
  await shot(page, 'health-record-live-finding');

  const src = (await shown.locator('img').getAttribute('src'))!;
  for (const url of [src, src.replace('/thumb', '/display')]) {
    const res = await page.request.get(url);
    expect(res.status()).toBe(200);
    const meta = await sharp(await res.body()).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.exif).toBeUndefined();
  }
  await staff.dispose();
});

test('in the staff console, an advisor records a visit and a finding with a camera photo; the customer sees both live', async ({
  page,
  browser,
  server,
}) => {
  await openModel3(page);
  const desk = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  const console_ = await desk.newPage();
  await staffSignIn(console_, 'advisor');
  await console_.getByRole('link', { name: '健康档案' }).click();
  await console_.getByPlaceholder(/按车牌/).fill('沪AD12345');
  await console_.getByRole('button', { name: '查找' }).click();
  await console_.getByTestId('open-record').first().click();

  const visit = console_.getByTestId('visit-form');
  await visit.getByLabel('服务项目名称').fill('更换雨刮片');
  await visit.getByLabel('项目', { exact: true }).first().fill('更换雨刮片');
  await visit.getByLabel('配件费（元）').first().fill('120');
  await visit.getByLabel('工时费（元）').first().fill('30.5');
  await visit.getByLabel('已收金额（元）').fill('150.5');
  await visit.getByRole('button', { name: '保存' }).click();
  await expect(visit.getByRole('status')).toContainText('已保存');
  const shown = page.getByTestId('visit').filter({ hasText: '更换雨刮片' }).first();
  await expect(shown).toContainText('¥30.50');
  await expect(shown.getByTestId('visit-total')).toHaveText('¥150.50');

  const finding = console_.getByTestId('finding-form');
  await finding.getByLabel('部件').fill('右前减震器');
  await finding.getByLabel('测量项').selectOption('tread_mm');
  await finding.getByLabel('测量值').fill('1.4');
  await expect(finding.getByLabel('暂不需处理')).toBeDisabled();
  await finding.getByLabel('需立即处理').check();
  await finding.getByLabel('技师说明').fill('轮胎花纹 1.4 mm，低于法定 1.6 mm。');
  const jpeg = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#456' } })
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 11/1 30/1' } })
    .toBuffer();
  await finding.getByTestId('finding-photo').setInputFiles({ name: 'tyre.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await finding.getByRole('button', { name: '保存' }).click();
  await expect(finding.getByRole('status')).toContainText('已保存');
  await shot(console_, 'health-record-staff-console');

  const live = page.getByTestId('finding').filter({ hasText: '右前减震器' });
  await expect(live).toContainText('需立即处理');
  await expect(live).toContainText('1.4 mm');
  await expect(live.locator('img')).toHaveCount(1);
  const res = await page.request.get((await live.locator('img').getAttribute('src'))!);
  expect((await sharp(await res.body()).metadata()).exif).toBeUndefined();
  await desk.close();
});

test('share link: opens without sign-in, no name or phone; revoked → 410; altered → 404', async ({
  page,
  browser,
  server,
}) => {
  await openModel3(page);
  await page.getByTestId('share-link').click();
  await page.getByLabel(/备注/).fill('给买家');
  await page.getByTestId('share-create').click();
  const row = page.getByTestId('share-row').filter({ hasText: '给买家' });
  await expect(row).toContainText('有效');
  await expect(row).not.toContainText('等待同步');
  const url = await row.getByTestId('share-url').inputValue();
  expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
  await shot(page, 'health-record-share');

  const buyer = await browser.newContext({ baseURL: server.url, ...phone, locale: 'zh-CN' });
  const visitor = await buyer.newPage();
  const opened = await visitor.goto(url);
  expect(opened?.status()).toBe(200);
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText('车辆服务档案');
  await expect(visitor.locator('body')).toContainText('Tesla Model 3');
  await expect(visitor.locator('body')).toContainText('更换右后轮胎');
  const text = await visitor.locator('body').innerText();
  for (const secret of ['张先生', '13800138000', '沪AD12345', 'LRW3E7FA5MC123456']) expect(text).not.toContain(secret);
  // The app's formats, the forecast for a buyer ("this car", never "your"), and the findings' photos.
  expect(text).toMatch(/\d{1,3}(,\d{3})* 公里/);
  expect(text).not.toMatch(/\d km\b|\d{4}-\d{2}-\d{2}|公里\s*公里/);
  expect(text).toMatch(/购车日期\s*\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(visitor.getByRole('heading', { name: '磨损预测' })).toBeVisible();
  expect(text).toContain('按这辆车的用车频率');
  expect(text).not.toContain('您的');
  await expect(visitor.locator('ul.wear li')).toHaveCount(7);
  expect(await visitor.locator('li img').count()).toBeGreaterThan(0);
  await expect(visitor.locator('img').first()).toHaveJSProperty('complete', true);
  expect(
    await visitor
      .locator('img')
      .first()
      .evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(0);
  await shot(visitor, 'health-record-shared-page', { fullPage: false });
  expect(await horizontalOverflow(visitor)).toEqual([]);

  const altered = url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
  expect((await visitor.goto(altered))?.status()).toBe(404);

  page.once('dialog', (d) => d.accept());
  await row.getByTestId('share-revoke').click();
  await expect(row).toContainText('已撤销');
  await expect(row).not.toContainText('等待同步');
  const gone = await visitor.goto(url);
  expect(gone?.status()).toBe(410);
  await expect(visitor.locator('body')).toContainText('不再分享');
  await buyer.close();
});

test('the print view contains every visit, without the app’s chrome', async ({ page }) => {
  await openModel3(page);
  const titles = await page.getByTestId('visit').locator('h3').allInnerTexts();
  expect(titles).toHaveLength(7);
  await page.getByTestId('print-link').click();
  await expect(page.getByTestId('print-view')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const title of titles) await expect(page.getByTestId('visit').filter({ hasText: title })).toBeVisible();
  await expect(page.getByTestId('visit')).toHaveCount(7);
  await expect(page.locator('.tabbar')).toBeHidden();
  await expect(page.getByTestId('print-now')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  await shot(page, 'health-record-print');
});
