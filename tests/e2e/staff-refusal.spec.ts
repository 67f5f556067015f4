/**
 * Issue 12 item 5 in the browser: the staff console's one form helper checks input with the shared
 * schema before sending and shows a refusal, the server's or its own, in the staff's language.
 */
import type { Board } from '@shared/timeline/timeline.schema.ts';
import type { Client } from '../helpers/test-server.ts';
import { shot, staffSignIn } from './helpers.ts';
import { expect, test } from './local-first-fixtures.ts';

test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

async function demoVisitId(staff: Client) {
  const board = (await staff.get<Board>('/api/staff/timeline/board')).body;
  return board.rows.find((r) => r.plate === '沪AD12345')!.visitId;
}

test('a technician’s estimate later than the promise is refused in Chinese, in staff words', async ({
  page,
  server,
  consoleErrors,
}) => {
  const advisor = await server.signInStaff('advisor');
  const visitId = await demoVisitId(advisor);
  expect((await advisor.post(`/api/staff/timeline/visits/${visitId}/estimate`, { estimateMinutes: 30 })).status).toBe(
    200,
  );
  await staffSignIn(page, 'technician');
  await page.goto(`/staff/timeline/${visitId}`);
  const refused = page.waitForResponse((r) => r.url().endsWith('/estimate') && r.request().method() === 'POST');
  await page.getByLabel('技师预估（分钟）').fill('600');
  await page.getByRole('button', { name: '设定预估' }).click();
  expect((await refused).status()).toBe(409);
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText('比承诺的时间晚：请告诉服务顾问发布延误。');
  // The server's English sentence never reaches the Chinese screen.
  await expect(page.getByText(/later than|post a delay/i)).toHaveCount(0);
  await shot(page, 'staff-refusal-estimate-zh');
  expect(consoleErrors).toEqual([]);
});

test('a blank delay reason is refused before sending, naming the field in Chinese', async ({ page, server }) => {
  const advisor = await server.signInStaff('advisor');
  const visitId = await demoVisitId(advisor);
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/delay')) sent.push(r.url());
  });
  await staffSignIn(page, 'advisor');
  await page.goto(`/staff/timeline/${visitId}`);
  await page.getByLabel('剩余施工（分钟）').fill('30');
  await page.getByLabel('原因', { exact: true }).fill('   ');
  await page.getByRole('button', { name: '发布延误' }).click();
  await expect(page.getByRole('alert')).toHaveText('请检查“原因”。');
  expect(sent).toEqual([]);
});
