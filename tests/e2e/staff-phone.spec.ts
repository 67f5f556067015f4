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
test.setTimeout(240_000);

const HAN = /[\u4e00-\u9fff]/;

test('every staff screen fits a 390-px phone, in Chinese and in English', async ({ page, server }) => {
  const advisor = await server.signInStaff('advisor');
  const visitId = (await openVisits(advisor))[0]!.visitId;
  await createAndSend(advisor, visitId, [{ tier: 'required', title: '右前轮胎更换', partsFen: 1000, labourFen: 0 }]);

  await page.goto('/staff');
  await shot(page, 'staff-390-zh-signin');
  expect(await horizontalOverflow(page)).toEqual([]);
  await staffSignIn(page, 'manager');
  const screens = await reachableStaffScreens(page);
  expect(screens.length).toBeGreaterThan(8);

  const problems: string[] = [];
  for (const language of ['zh', 'en'] as const) {
    if (language === 'en') {
      // The header's own switch, on the screen where the walk ended; it stays through the walk.
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.staff-header')).toContainText('Staff console');
    }
    for (const href of screens) {
      await page.goto(href);
      await page.waitForLoadState('networkidle');
      await expect(page.getByText(/正在加载…|Loading…/)).toHaveCount(0);
      const name =
        href
          .replace(/^\/staff\/?/, '')
          .replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/g, 'id')
          .replace(/[^a-z0-9]+/gi, '-') || 'home';
      await shot(page, `staff-390-${language}-${name}`, { fullPage: true });
      for (const p of await horizontalOverflow(page)) problems.push(`${language} ${href}: ${p}`);
      if (language === 'en') {
        // The frame's words (the staff member's name is theirs, and 中文 names the switch back).
        expect(await page.locator('.staff-header > strong, .staff-nav').allInnerTexts(), href).not.toContainEqual(
          expect.stringMatching(HAN),
        );
      }
    }
  }
  expect(problems).toEqual([]);

  // Signed out, the sign-in screen keeps the language chosen.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
  await shot(page, 'staff-390-en-signin');
  expect(await horizontalOverflow(page)).toEqual([]);
});
