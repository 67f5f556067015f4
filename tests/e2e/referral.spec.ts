/**
 * Referrals (issue 14) in the browser, against a real server of its own with the demo data:
 * - 张先生 (his full name 张伟明 on file) opens 推荐好友 from the Me tab: his link and its QR code
 *   carry only a random code; a friend opens the link in a fresh context with no cookies, verifies
 *   the phone with the texted code and books a test drive; 张先生's open screen shows the
 *   "your friend booked" notice and the friend's status without a reload, and so does 消息;
 * - the friend's page, every API answer it got, and the QR payload expose nothing of the referrer
 *   but 张先生 (no full name, phone or customer id);
 * - an altered or unknown code gets a clear page, not an error; the invite page in English;
 * - staff mark the demo's booked friend visited in the console; 张先生's screen follows live.
 * Screenshots at 390 px: /tmp/shots/referral-*.png.
 */
import type { Page } from '@playwright/test';
import QRCode from 'qrcode';
import { inviteUrl, QR_OPTIONS } from '@shared/referral/invite-link.ts';
import { DEMO_CUSTOMER_PHONE } from '../../server/demo/demo.constants.ts';
import { demoSignIn, phone, shot, staffSignIn } from './helpers.ts';
import { expect, openSettings, query, sql, test } from './local-first-fixtures.ts';

test.use(phone);

const FULL_NAME = '张伟明';

async function openReferral(page: Page) {
  await openSettings(page);
  await page.getByTestId('referral-entry').click();
  await expect(page.getByRole('heading', { level: 1, name: '推荐好友' })).toBeVisible();
  return (await page.getByTestId('referral-url').inputValue()) as string;
}

test('a friend books through the link; the referrer sees it live; nothing of the referrer leaks', async ({
  page,
  browser,
  server,
  consoleErrors,
}) => {
  // The center knows 张先生 by his full name; friends must only ever see 张先生.
  await query(server, sql`update customer set name = ${FULL_NAME} where phone = ${DEMO_CUSTOMER_PHONE}`);
  const [zhang] = await query<{ id: string }>(
    server,
    sql`select id from customer where phone = ${DEMO_CUSTOMER_PHONE}`,
  );
  const secrets = [FULL_NAME, '伟明', DEMO_CUSTOMER_PHONE, '138****8000', zhang!.id];

  await demoSignIn(page);
  const url = await openReferral(page);
  const code = url.split('#')[1]!;
  expect(url).toBe(inviteUrl(server.url, code));
  expect(code).toMatch(/^[A-Za-z0-9_-]{16}$/);
  // The QR code encodes exactly the link: the same payload drawn by qrcode here gives the same image.
  const qr = page.getByTestId('referral-qr');
  await expect(qr).toBeVisible();
  const payload = (await qr.getAttribute('data-payload'))!;
  expect(payload).toBe(url);
  const src = (await qr.getAttribute('src'))!;
  expect(decodeURIComponent(src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''))).toBe(
    await QRCode.toString(payload, QR_OPTIONS),
  );
  for (const s of secrets) expect(payload).not.toContain(s);
  await expect(page.getByTestId('referral-invitees').getByTestId('invitee')).toHaveCount(2); // the demo's two friends
  await shot(page, 'referral-screen-zh', { fullPage: true });

  // The friend: a fresh browser context, no cookies, nothing installed.
  const friendContext = await browser.newContext({ ...phone, locale: 'zh-CN', serviceWorkers: 'block' });
  const friend = await friendContext.newPage();
  const answers: string[] = [];
  friend.on('response', async (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) answers.push(await r.text().catch(() => ''));
  });
  await friend.goto(url);
  await expect(friend.getByTestId('invite-heading')).toHaveText('张先生邀请您到徐汇服务中心');
  await shot(friend, 'referral-invite-zh', { fullPage: true });

  const friendPhone = '13712345678';
  await friend.getByLabel('试驾').check();
  await friend.getByLabel('怎么称呼您').fill('李女士');
  await friend.getByLabel('手机号').fill(friendPhone);
  await friend.getByRole('button', { name: '获取验证码' }).click();
  await expect(friend.getByRole('status')).toContainText('验证码已发送');
  const texted = server.sms.last(friendPhone)?.text.match(/\d{6}/)?.[0];
  expect(texted).toBeTruthy();
  await friend.getByLabel('验证码').fill(texted!);
  await friend.getByRole('button', { name: '验证手机号' }).click();
  await expect(friend.getByRole('button', { name: '确认预约' })).toBeVisible();
  await friend.getByLabel('下午').check();
  await shot(friend, 'referral-invite-form-zh', { fullPage: true });
  await friend.getByRole('button', { name: '确认预约' }).click();
  await expect(friend.locator('main[data-state="booked"]')).toBeVisible();
  await expect(friend.getByRole('heading', { name: '预约成功' })).toBeVisible();
  await shot(friend, 'referral-invite-booked-zh');

  // 张先生's open screen, no reload: the notice and the friend's status arrive live.
  await expect(page.getByTestId('referral-notice')).toContainText('您的朋友李女士已预约');
  await expect(page.getByTestId('invitee').filter({ hasText: '李女士' }).first()).toHaveAttribute(
    'data-status',
    'booked',
  );
  await shot(page, 'referral-screen-booked-zh');
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^(消息|Messages)/ })
    .click();
  await expect(page.getByTestId('notification').filter({ hasText: '您的朋友已预约' })).toBeVisible();

  // Nothing of the referrer but 张先生 on the friend's page or in any answer it received.
  const html = await friend.content();
  for (const s of secrets) {
    expect(html).not.toContain(s);
    for (const a of answers) expect(a).not.toContain(s);
  }
  expect(answers.length).toBeGreaterThanOrEqual(4);
  // The lead reached staff, and the texted code was for a booking.
  const staff = await server.signInStaff('advisor');
  const leads = (await staff.get<{ phone: string; status: string }[]>('/api/staff/referrals')).body;
  expect(leads.find((l) => l.phone === friendPhone)?.status).toBe('booked');
  expect(server.sms.last(friendPhone)?.text).toContain('预约验证码');
  await friendContext.close();
  expect(consoleErrors).toEqual([]);
});

test('an altered or unknown code gets a clear page; the invite page speaks English', async ({
  page,
  browser,
  server,
}) => {
  await demoSignIn(page);
  const url = await openReferral(page);
  const code = url.split('#')[1]!;
  const friendContext = await browser.newContext({ ...phone, locale: 'zh-CN', serviceWorkers: 'block' });
  const friend = await friendContext.newPage();
  const errors: string[] = [];
  friend.on('pageerror', (e) => errors.push(e.message));
  const altered = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`;
  for (const bad of [altered, 'AAAAAAAAAAAAAAAA', 'short', '']) {
    await friend.goto(`${server.url}/invite.html#${bad}`);
    await expect(friend.locator('main[data-state="invalid"]')).toBeVisible();
    await expect(friend.getByRole('heading', { name: '这个邀请链接无效' })).toBeVisible();
  }
  await shot(friend, 'referral-invite-invalid-zh');
  expect(errors).toEqual([]);
  await friendContext.close();

  const english = await browser.newContext({ ...phone, locale: 'en-GB', serviceWorkers: 'block' });
  const en = await english.newPage();
  await en.goto(url);
  await expect(en.getByTestId('invite-heading')).toHaveText('张先生 invites you to Xuhui Service Center');
  await expect(en.getByLabel('How should we address you')).toBeVisible();
  await shot(en, 'referral-invite-en', { fullPage: true });
  await english.close();

  // The referrer's screen in English.
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByTestId('referral-entry').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Refer a friend' })).toBeVisible();
  await expect(page.getByTestId('referral-levels')).toContainText('Thank-you reward');
  await shot(page, 'referral-screen-en', { fullPage: true });
});

test('staff mark a referred friend visited in the console; the referrer sees it live', async ({ page, browser }) => {
  await demoSignIn(page);
  await openReferral(page);
  const li = page.getByTestId('invitee').filter({ hasText: '李女士' });
  await expect(li).toHaveAttribute('data-status', 'booked');
  await expect(page.getByTestId('referral-came')).toHaveText('今年已有 1 位朋友到店');

  const staffContext = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const staff = await staffContext.newPage();
  await staffSignIn(staff, 'advisor');
  await staff.goto('/staff/referrals');
  const row = staff.locator('tr[data-status]').filter({ hasText: '李女士' });
  await expect(row).toContainText('张先生');
  await row.getByRole('button', { name: '标记到店' }).click();
  await expect(row).toHaveAttribute('data-status', 'visited');
  await shot(staff, 'referral-staff-console');
  await staffContext.close();

  await expect(li).toHaveAttribute('data-status', 'visited');
  await expect(page.getByTestId('referral-came')).toHaveText('今年已有 2 位朋友到店');
  await expect(page.getByTestId('referral-levels')).toContainText('再有 1 位朋友到店，即可获得“铂金大使”');
});
