/**
 * Issue 19 item 3: the console offers each role only what the shared permission table
 * (shared/staff/permissions.ts) lets it do. Each role walks every screen it can reach from a visible
 * link, every visible form on it is submitted, and no answer on the way is a 403.
 */
import { createAndSend, openVisits } from '../../server/quotes/quote.test-kit.ts';
import type { Board } from '@shared/timeline/timeline.schema.ts';
import { staffSignIn } from './helpers.ts';
import { reachableStaffScreens as reachable } from './staff-screens.ts';
import { expect, test } from './local-first-fixtures.ts';

test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });
test.setTimeout(240_000);

for (const role of ['technician', 'advisor', 'manager'] as const) {
  test(`${role}: no visible control leads to a 403`, async ({ page, server }) => {
    const advisor = await server.signInStaff('advisor');
    const visitId = (await openVisits(advisor))[0]!.visitId;
    await createAndSend(advisor, visitId, [{ tier: 'required', title: '右前轮胎更换', partsFen: 1000, labourFen: 0 }]);
    const board = (await advisor.get<Board>('/api/staff/timeline/board')).body;
    expect(board.rows.length).toBeGreaterThan(0);

    const forbidden: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 403) forbidden.push(`${r.request().method()} ${new URL(r.url()).pathname}`);
    });
    page.on('dialog', (d) => void d.dismiss()); // a confirm() before withdrawing: answered no
    await staffSignIn(page, role);
    const screens = await reachable(page, 2);
    expect(screens.length).toBeGreaterThan(3);
    for (const href of screens) {
      await page.goto(href);
      await page.waitForLoadState('networkidle');
      // Every visible form is sent as it stands (defaults or empty): refused in words or saved, never 403.
      const forms = page.locator('main form:visible');
      const n = await forms.count();
      for (let i = 0; i < n; i++) {
        await forms
          .nth(i)
          .evaluate((f) => (f as HTMLFormElement).isConnected && (f as HTMLFormElement).requestSubmit())
          .catch(() => undefined);
        await page.waitForLoadState('networkidle');
        if (new URL(page.url()).pathname + new URL(page.url()).search !== href) await page.goto(href);
      }
    }
    expect(forbidden, `403s met by ${role}`).toEqual([]);
    if (role === 'technician') {
      await page.goto('/staff/booking/capacity');
      await expect(page.getByText('您的岗位只能查看这里的设置。')).toBeVisible();
      await expect(page.getByRole('button', { name: '保存并发布' })).toHaveCount(0);
      await page.goto(`/staff/timeline/${board.rows[0]!.visitId}`);
      await expect(page.getByRole('button', { name: '设定预估' })).toBeVisible();
      await expect(page.getByRole('button', { name: '发布延误' })).toHaveCount(0);
      // What the customer said is there to read; adding to it and answering it is the front desk's.
      await expect(page.getByTestId('staff-remarks')).toBeVisible();
      await expect(page.getByTestId('staff-remarks').getByRole('button', { name: '记下' })).toHaveCount(0);
      await page.goto('/staff/quotes');
      await expect(page.getByRole('link', { name: '新建报价' })).toHaveCount(0);
      await expect(page.locator('.staff-nav')).not.toContainText('会员');
    }
  });
}
