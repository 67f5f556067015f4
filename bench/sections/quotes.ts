/**
 * The remote approval page (approve.html) beside the main app, for a customer opening a quote from a
 * text message on a weak network:
 * - first-load JS, gzip, from the build output (.vite/manifest.json, tests/helpers/first-load.ts): each
 *   entry with its static imports (what the browser must fetch before the page works; lazy chunks
 *   excluded); the link page's is `approve.firstLoad.gzipKiB` (tests/e2e/approve-bundle.spec.ts holds
 *   it to 40 KiB);
 * - time to interactive in Chromium at phone size with CDP network throttling (slow 4G: 400 kbps
 *   down and up, 150 ms RTT), empty cache: navigation start → the quote's package buttons on screen
 *   (their handlers are attached as they render). The link page from its SMS URL with no cookies;
 *   the app on /quotes/:id for a customer already signed in on the phone (its mirror in IndexedDB,
 *   no service worker, HTTP cache off: the app's code over the slow network, the data from the
 *   device). Median of RUNS.
 * Needs the built app (`npm run build`, or PITLANE_DIST_DIR).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium } from '@playwright/test';
import { demoQuote, textedPath } from '../../server/quotes/quote.test-kit.ts';
import { firstLoad, readManifest } from '../../tests/helpers/first-load.ts';
import { startTestServer } from '../../tests/helpers/test-server.ts';
import { define, log } from '../lib/section.ts';

const RUNS = 3;
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeToInteractive(context: BrowserContext, path: string) {
  const page = await context.newPage();
  if (!path.startsWith('/approve')) {
    // Signed in on this phone: the demo sign-in fills the mirror (unthrottled, before the measurement).
    await page.goto('/signin');
    await page.getByRole('button', { name: /演示登录|Demo sign-in/ }).click();
    await page.waitForURL(/\/vehicles$/);
    await page.waitForLoadState('networkidle');
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await page.goto(path, { waitUntil: 'commit', timeout: 120_000 });
  await page.locator('button[data-package="advised"]').waitFor({ timeout: 120_000 });
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return ms;
}

export default define({
  name: 'quotes',
  run: async () => {
    const distDir = resolve(process.env.PITLANE_DIST_DIR ?? './dist');
    if (!existsSync(join(distDir, 'approve.html')))
      throw new Error(`no built app with approve.html in ${distDir}: run \`npm run build\` first`);
    const manifest = readManifest(distDir);
    const link = firstLoad(distDir, manifest, 'approve.html');
    const app = firstLoad(distDir, manifest, 'index.html');
    log(
      `first-load JS: link page ${link.gzipKiB} KiB gz (${link.files.length} files), app ${app.gzipKiB} KiB gz (${app.files.length} files)`,
    );

    const server = await startTestServer({ distDir });
    server.clock.real();
    let browser: Browser | null = null;
    try {
      const staff = await server.signInStaff('advisor');
      const quote = await demoQuote(staff);
      // Staff never see the link (its token signs as the customer): it is read from the text message.
      await staff.post(`/api/staff/quotes/${quote.id}/link`, {});
      const linkPath = textedPath(server.sms);
      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
      const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, locale: 'zh-CN' };
      const linkRuns: number[] = [];
      const appRuns: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        log(`slow 4G run ${i + 1}/${RUNS}: link page…`);
        const fresh = await browser.newContext({ ...phone, baseURL: server.url, serviceWorkers: 'block' });
        linkRuns.push(await timeToInteractive(fresh, linkPath));
        await fresh.close();
        log(`slow 4G run ${i + 1}/${RUNS}: app…`);
        const signedIn = await browser.newContext({ ...phone, baseURL: server.url, serviceWorkers: 'block' });
        appRuns.push(await timeToInteractive(signedIn, `/quotes/${quote.id}`));
        await signedIn.close();
      }
      return {
        'approve.firstLoad.gzipKiB': link.gzipKiB,
        appFirstLoadJsGzipKb: app.gzipKiB,
        linkSlow4gTtiMs: Math.round(median(linkRuns)),
        appSlow4gTtiMs: Math.round(median(appRuns)),
        ttiRatio: Math.round((median(appRuns) / median(linkRuns)) * 10) / 10,
      };
    } finally {
      await browser?.close();
      await server.stop();
    }
  },
});
