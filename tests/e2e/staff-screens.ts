/** The staff console's screens a signed-in role can reach, for the tests that walk them all. */
import type { Page } from '@playwright/test';

/** A link's screen: its path with ids and dates as placeholders, so one visit stands for all the visits. */
const screenOf = (href: string) =>
  href
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ':id')
    .replace(/\d{4}-\d{2}-\d{2}/g, ':date')
    .replace(/=[^&]*/g, '=');

/**
 * The screens linked from the nav bar, and from those screens the detail pages they link to: at most
 * `perKind` links per kind of screen (the first visits' pages, not every visit's).
 */
export async function reachableStaffScreens(page: Page, perKind = 1): Promise<string[]> {
  await page.goto('/staff');
  await page.locator('.staff-nav a').first().waitFor();
  const nav = await page.locator('.staff-nav a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  const found = new Map(nav.map((href) => [screenOf(href), [href]]));
  for (const href of nav) {
    await page.goto(href);
    await page.waitForLoadState('networkidle');
    const links = await page
      .locator('main a[href^="/staff/"]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).search));
    for (const l of links) {
      const same = found.get(screenOf(l)) ?? [];
      if (same.length < perKind && !same.includes(l)) found.set(screenOf(l), [...same, l]);
    }
  }
  return [...found.values()].flat();
}
