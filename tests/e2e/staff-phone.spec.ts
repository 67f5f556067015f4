/**
 * Issue 19 item 12: the staff console on a 390-px phone, in Chinese and in English. Every screen the
 * manager reaches (all of them) is photographed into /tmp/shots/staff-390-<language>-<screen>.png and
 * checked for anything that sticks out sideways; the language is chosen with the console's own switch,
 * and in English the console's frame has no Chinese left in it.
 */
import { createAndSend, openVisits } from '../../server/quotes/quote.test-kit.ts';
import { horizontalOverflow, phone, shot, staffSignIn } from './helpers.ts';
import { expect, test } from './local-first-fixtures.ts';
import { reachableStaffScreens } from './staff-screens.ts';

test.use(phone);
test.setTimeout(180_000);

const HAN = /[\u4e00-\u9fff]/;

for (const language of ['zh', 'en'] as const) {
  test(`every staff screen fits a 390-px phone (${language})`, async ({ page, server }) => {
    const advisor = await server.signInStaff('advisor');
    const visitId = (await openVisits(advisor))[0]!.visitId;
    await createAndSend(advisor, visitId, [{ tier: 'required', title: '右前轮胎更换', partsFen: 1000, labourFen: 0 }]);

    await page.goto('/staff');
    if (language === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    }
    await shot(page, `staff-390-${language}-signin`);
    expect(await horizontalOverflow(page)).toEqual([]);
    await staffSignIn(page, 'manager');

    const problems: string[] = [];
    for (const href of await reachableStaffScreens(page, 2)) {
      await page.goto(href);
      await page.waitForLoadState('networkidle');
      await expect(page.getByText(/正在加载…|Loading…/)).toHaveCount(0);
      const name = href.replace(/^\/staff\/?/, '').replace(/[^a-z0-9]+/gi, '-').slice(0, 60) || 'home';
      await shot(page, `staff-390-${language}-${name}`, { fullPage: true });
      for (const p of await horizontalOverflow(page)) problems.push(`${href}: ${p}`);
      if (language === 'en') {
        const frame = await page.locator('.staff-header').innerText();
        // The one Chinese word left is the switch back to Chinese, named in Chinese.
        expect(frame.replace('中文', ''), `${href} header`).not.toMatch(HAN);
        expect(await page.locator('main h1').first().innerText(), `${href} heading`).not.toMatch(HAN);
      }
    }
    expect(problems).toEqual([]);
  });
}
