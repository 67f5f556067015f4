/** The staff console's screens a signed-in role can reach, for the tests that walk them all. */
import type { Page } from '@playwright/test';

/** The screens linked from the nav bar, and from those screens the detail pages they link to. */
export async function reachableStaffScreens(page: Page, detailsPerScreen = 6): Promise<string[]> {
  await page.goto('/staff');
  await page.locator('.staff-nav a').first().waitFor();
  const nav = await page.locator('.staff-nav a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  const found = new Set(nav);
  for (const href of nav) {
    await page.goto(href);
    await page.waitForLoadState('networkidle');
    const links = await page
      .locator('main a[href^="/staff/"]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).search));
    for (const l of links.slice(0, detailsPerScreen)) found.add(l);
  }
  return [...found];
}
