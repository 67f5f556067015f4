/**
 * Issue 19 item 13: in English, what the workshop wrote reads in English where it can. Catalog values
 * (the colour, the model, a finding's part) are named in English; free text shows the English text
 * staff gave, else stays as written and says so with `lang`. The staff form offers the English text
 * only because this customer reads English. Its own server: 张先生 switches to English.
 */
import { expect, type Page } from '@playwright/test';
import { demoSignIn, phone, shot, staffSignIn } from './helpers.ts';
import { test } from './local-first-fixtures.ts';

test.use(phone);

const HAN = /\p{Script=Han}/u;
const hanIn = (page: Page, testid: string) =>
  page.getByTestId(testid).evaluateAll((els) =>
    els.flatMap((el) =>
      [...el.querySelectorAll<HTMLElement>('*')]
        .filter((e) => e.children.length === 0 && /\p{Script=Han}/u.test(e.textContent ?? ''))
        .filter((e) => e.closest('[lang]')?.getAttribute('lang') !== 'zh-CN')
        .map((e) => e.textContent),
    ),
  );

test('in English the workshop’s words read in English, and what has no English says it is Chinese', async ({
  page,
  browser,
  server,
}) => {
  await demoSignIn(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Vehicles' }).click();

  const card = page.getByTestId('vehicle-card').filter({ hasText: '沪AD12345' });
  await expect(card.getByRole('heading')).toHaveText('Tesla Model 3 Rear-Wheel Drive');
  await card.click();
  await expect(page.getByText('Pearl white')).toBeVisible();
  const washer = page.getByTestId('finding').filter({ hasText: 'Washer fluid' });
  await expect(washer).toContainText('The washer fluid was low.');
  await expect(washer).toContainText('Topped up free of charge.');
  // Every Chinese word left in a finding sits in an element marked zh-CN (a photo caption, say).
  expect(await hanIn(page, 'finding')).toEqual([]);

  // The advisor's console is in Chinese; the form offers English texts because 张先生 reads English.
  const desk = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } });
  const staff = await desk.newPage();
  await staffSignIn(staff, 'advisor');
  await staff.getByRole('link', { name: '健康档案' }).click();
  await staff.getByPlaceholder(/按车牌/).fill('沪AD12345');
  await staff.getByRole('button', { name: '查找' }).click();
  await staff.getByTestId('open-record').first().click();
  const form = staff.getByTestId('finding-form');
  await expect(form.getByTestId('reads-english')).toBeVisible();
  await form.getByLabel('部件').fill('后刹车片');
  await form.getByLabel('暂不需处理').check();
  await form.getByLabel('技师说明', { exact: true }).fill('后刹车片磨损正常。');
  await form.getByLabel('技师说明（英文，可选）').fill('The rear brake pads are wearing normally.');
  await form.getByLabel('建议', { exact: true }).fill('下次保养时复查。');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByRole('status')).toContainText('已保存');
  await desk.close();

  const rear = page.getByTestId('finding').filter({ hasText: 'Rear brake pads' });
  await expect(
    rear.locator('[lang="en"]').filter({ hasText: 'The rear brake pads are wearing normally.' }),
  ).toBeVisible();
  // No English advice was given: it stays as written, marked as Chinese for the screen reader.
  await expect(rear.locator('[lang="zh-CN"]').filter({ hasText: '下次保养时复查。' })).toBeVisible();
  await rear.scrollIntoViewIfNeeded();
  await shot(page, 'workshop-english-record');
  expect(HAN.test((await rear.locator('strong').first().textContent()) ?? '')).toBe(false);

  // The live timeline: the steps' English texts.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Visit' }).click();
  await expect(page.getByText('Your car is on the lift; routine maintenance has started.')).toBeVisible();
  await shot(page, 'workshop-english-timeline');
});
