/**
 * Offline start: the time from navigation start to 张先生's vehicle list painted (the first vehicle
 * card in the DOM, then one animation frame), for a returning customer — the shell and chunks from
 * the service worker's precache, the rows from IndexedDB — with the network off, beside the same
 * start with the network on (the worker still serves the shell; the app also opens its stream and
 * pulls). Median and p90 of 15 reloads each, in Chromium at phone size.
 */
import type { Page } from '@playwright/test';
import { launchChromium, percentile, round1, signedInPhone, startBenchServer } from '../lib/sync-page.ts';
import { define, log } from '../lib/section.ts';

const RUNS = 15;

// Runs in the page before its own scripts: the time the first vehicle card is painted.
const PAINT_PROBE = `(() => {
  const done = () => requestAnimationFrame(() => { window.__vehiclesPaintedAt = performance.now(); });
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid="vehicle-card"]')) { observer.disconnect(); done(); }
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

async function startTimes(page: Page) {
  const times: number[] = [];
  let fromWorker = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    const res = await page.goto('/vehicles');
    if (res?.fromServiceWorker()) fromWorker++;
    const at = await page.waitForFunction(
      () => (window as unknown as { __vehiclesPaintedAt?: number }).__vehiclesPaintedAt,
      undefined,
      { timeout: 30_000 },
    );
    if (i > 0) times.push(Number(await at.jsonValue())); // the first is a warm-up
  }
  return { times, fromWorker };
}

export default define({
  name: 'sync-offline-start',
  run: async () => {
    const server = await startBenchServer({ browser: true });
    const browser = await launchChromium();
    try {
      const { context, page } = await signedInPhone(browser, server.url);
      await context.addInitScript(PAINT_PROBE);
      log(`online: ${RUNS} reloads of /vehicles…`);
      const online = await startTimes(page);
      await context.setOffline(true);
      log(`offline: ${RUNS} reloads of /vehicles…`);
      const offline = await startTimes(page);
      if (offline.fromWorker < RUNS + 1) throw new Error('an offline start was not served by the service worker');
      return {
        offlineP50Ms: round1(percentile(offline.times, 50)),
        offlineP90Ms: round1(percentile(offline.times, 90)),
        onlineP50Ms: round1(percentile(online.times, 50)),
        onlineP90Ms: round1(percentile(online.times, 90)),
        onlineFromWorker: online.fromWorker,
      };
    } finally {
      await browser.close();
      await server.stop();
    }
  },
});
