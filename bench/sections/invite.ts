/**
 * The friend's invite page (invite.html) beside the main app: the friend opens it cold from a chat
 * or a QR code, often on a weak network.
 * - first-load JS, gzip, from the build output: each entry with its static imports (lazy chunks,
 *   e.g. the English words, excluded); the budget for the invite page is 30 KiB;
 * - time to a usable form in Chromium at phone size, slow 4G (400 kbps, 150 ms RTT), empty cache, no
 *   cookies, no service worker: navigation start → the phone field on screen. Median of RUNS.
 * Needs the built app (`npm run build`, or PITLANE_DIST_DIR).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { makeLink } from '../../server/referral/referral.test-kit.ts';
import { invitePath } from '@shared/referral/invite-link.ts';
import { startTestServer } from '../../tests/helpers/test-server.ts';
import { firstLoad, readManifest } from '../../tests/helpers/first-load.ts';
import { define, log } from '../lib/section.ts';

const RUNS = 3;
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export default define({
  name: 'invite',
  run: async () => {
    const distDir = resolve(process.env.PITLANE_DIST_DIR ?? './dist');
    if (!existsSync(join(distDir, 'invite.html')))
      throw new Error(`no built app with invite.html in ${distDir}: run \`npm run build\` first`);
    const manifest = readManifest(distDir);
    const invite = firstLoad(distDir, manifest, 'invite.html');
    const app = firstLoad(distDir, manifest, 'index.html');
    log(
      `first-load JS: invite ${invite.gzipKiB} KiB gz (${invite.files.length} files), app ${app.gzipKiB} KiB gz (${app.files.length} files)`,
    );

    const server = await startTestServer({ distDir });
    server.clock.real();
    let browser: Browser | null = null;
    try {
      const link = await makeLink(await server.signInCustomer(), '张', 'mr');
      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
      const runs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        log(`slow 4G run ${i + 1}/${RUNS}: invite page…`);
        const context = await browser.newContext({
          viewport: { width: 390, height: 844 },
          deviceScaleFactor: 2,
          isMobile: true,
          locale: 'zh-CN',
          baseURL: server.url,
          serviceWorkers: 'block',
        });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
        await page.goto(invitePath(link.code!), { waitUntil: 'commit', timeout: 120_000 });
        await page.locator('input[name="phone"]').waitFor({ timeout: 120_000 });
        runs.push(await page.evaluate(() => performance.now()));
        await context.close();
      }
      return {
        'firstLoad.gzipKiB': invite.gzipKiB,
        'appFirstLoad.gzipKiB': app.gzipKiB,
        'firstLoad.files': invite.files.length,
        slow4gFormMs: Math.round(median(runs)),
      };
    } finally {
      await browser?.close();
      await server.stop();
    }
  },
});
