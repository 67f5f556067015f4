/** Shared steps and settings for the browser tests. */
import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { DEMO_STAFF } from '../../server/demo/demo.constants.ts';

/** A phone: use with `test.use(phone)`. */
export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

/** Signs in with the one-tap demo sign-in as 张先生 and waits for the vehicle list. */
export async function demoSignIn(page: Page) {
  await page.goto('/signin');
  await page.getByRole('button', { name: /演示登录|Demo sign-in/ }).click();
  await expect(page).toHaveURL(/\/vehicles$/);
}

/** Signs a customer in with the phone and the code the server texted (read from its SMS outbox), as anyone would. */
export async function codeSignIn(
  page: Page,
  sms: { last: (phone: string) => { text: string } | undefined },
  phone: string,
) {
  await page.goto('/signin');
  await page.getByLabel('手机号').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByRole('status')).toContainText('验证码已发送');
  const code = sms.last(phone)?.text.match(/\d{6}/)?.[0] ?? '';
  await page.getByLabel('验证码', { exact: true }).fill(code);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).toHaveURL(/\/vehicles$/);
}

/** Signs in to the staff console at /staff as the demo staff member of a role. */
export async function staffSignIn(page: Page, role: 'advisor' | 'technician' | 'manager' = 'advisor') {
  const who = DEMO_STAFF.find((s) => s.role === role)!;
  await page.goto('/staff');
  await page.getByLabel(/用户名|Username/).fill(who.username);
  await page.getByLabel(/密码|Password/).fill(who.password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await expect(page.getByText(who.name)).toBeVisible();
}

export const SHOTS_DIR = '/tmp/shots';

/** A screenshot of the current screen into /tmp/shots/<name>.png (look at it). */
export async function shot(page: Page, name: string, options: { fullPage?: boolean; path?: string } = {}) {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: options.path ?? `${SHOTS_DIR}/${name}.png`, fullPage: options.fullPage ?? false });
}

/**
 * What sticks out of the viewport sideways: the page scrolls horizontally, or a visible element ends
 * beyond the right edge (a cut-off column, a link out of reach). Empty when the screen fits. What
 * scrolls inside a box that itself fits (a photo strip) is allowed: it is swiped to, not cut off; what a
 * box clips is not.
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) {
      found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px > ${width} px`);
    }
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= width + 1) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.position === 'fixed') continue;
      // Inside a box that fits and scrolls sideways (a photo strip): meant to be swiped to. A box that
      // clips (overflow: hidden) hides it instead, which is what this looks for.
      let scrolls = false;
      for (let a = el.parentElement; a && a !== document.body && !scrolls; a = a.parentElement) {
        scrolls = /auto|scroll/.test(getComputedStyle(a).overflowX) && a.getBoundingClientRect().right <= width + 1;
      }
      if (scrolls) continue;
      const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
      found.push(`${name} ends at ${Math.round(box.right)} px: "${(el.innerText ?? '').trim().slice(0, 40)}"`);
    }
    return found.slice(0, 10);
  });
}
