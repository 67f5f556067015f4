/**
 * First load (issue 13), from the real build served by the real server, in Chromium at phone size:
 * - signedOut / signedIn .gzipKiB: the gzip size (level 9, of the built files) of every JS file the page
 *   requested before its first screen was painted — the sign-in screen on / for a fresh profile, and the
 *   vehicle list on / for a signed-in customer (a new page of a profile that signed in, the service
 *   worker in control). Read from the page's resource timing, not guessed from the manifest.
 * - entry.gzipKiB / entry.files: the entry chunk and its static imports (what every page loads).
 * - repeatSlow4g .signedOut / .signedIn ContentMs: navigation start to that screen painted on a repeat
 *   visit (shell from the service worker, rows from IndexedDB) with the page throttled to DevTools'
 *   Slow 4G (CDP Network.emulateNetworkConditions), median of 5.
 * - signedOut / signedIn .lighthouse / .lcpMs: Lighthouse mobile performance (its default simulated
 *   slow-4G throttling) on / and on the signed-in vehicle screen (bench/lib/lighthouse.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { runLighthouse } from '../lib/lighthouse.ts';
import { define, log } from '../lib/section.ts';
import { DIST_DIR, launchChromium, percentile, round1, signedInPhone, startBenchServer } from '../lib/sync-page.ts';

const REPEATS = 5;
// DevTools' "Slow 4G" as Lighthouse applies it with devtools throttling (150 ms RTT × 3.75, 1.6 Mbps × 0.9).
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 184_320, uploadThroughput: 86_400 };

// Runs in the page before its own scripts: when each first screen is painted (in the DOM, then a frame).
const PAINT_PROBE = `(() => {
  const marks = { __signinAt: 'main.signin h1', __vehiclesAt: '[data-testid="vehicle-card"]' };
  const observer = new MutationObserver(() => {
    for (const [mark, selector] of Object.entries(marks)) {
      if (window[mark] === undefined && document.querySelector(selector)) {
        window[mark] = null;
        requestAnimationFrame(() => { window[mark] = performance.now(); });
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

type Mark = '__signinAt' | '__vehiclesAt';

async function paintedAt(page: Page, mark: Mark): Promise<number> {
  const at = await page.waitForFunction((m) => (window as unknown as Record<string, number | null>)[m], mark, {
    timeout: 60_000,
  });
  return Number(await at.jsonValue());
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;
const gzipOf = (file: string) => gzipSync(readFileSync(join(DIST_DIR, file)), { level: 9 }).length;

/** The JS files this page requested before `at` (ms since navigation start), and their gzip size. */
async function jsRequestedBefore(page: Page, at: number) {
  const paths = await page.evaluate(
    (until) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= until)
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.endsWith('.js')),
    at,
  );
  const files = [...new Set(paths)].map((p) => p.replace(/^\//, ''));
  return { files, gzipKiB: kib(files.reduce((sum, f) => sum + gzipOf(f), 0)) };
}

/** The entry chunk and its static imports, from Vite's manifest. */
function entrySize() {
  type Chunk = { file: string; imports?: string[] };
  const manifest = JSON.parse(readFileSync(join(DIST_DIR, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) walk(dep);
  };
  walk('index.html');
  const files = [...seen].map((k) => manifest[k]!.file);
  return { files: files.length, gzipKiB: kib(files.reduce((sum, f) => sum + gzipOf(f), 0)) };
}

async function repeatStart(context: BrowserContext, mark: Mark) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  const times: number[] = [];
  let fromWorker = 0;
  for (let i = 0; i < REPEATS; i++) {
    const res = await page.goto('/');
    if (res?.fromServiceWorker()) fromWorker++;
    times.push(await paintedAt(page, mark));
  }
  await page.close();
  if (fromWorker < REPEATS) throw new Error(`a repeat start of ${mark} was not served by the service worker`);
  return round1(percentile(times, 50));
}

export default define({
  name: 'firstLoad',
  run: async () => {
    const server = await startBenchServer({ browser: true });
    const browser = await launchChromium();
    const figures: Record<string, number> = {};
    try {
      const entry = entrySize();
      figures['entry.gzipKiB'] = entry.gzipKiB;
      figures['entry.files'] = entry.files;

      log('signed out: a fresh profile opens / …');
      const visitor = await browser.newContext({
        baseURL: server.url,
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      });
      await visitor.addInitScript(PAINT_PROBE);
      const first = await visitor.newPage();
      await first.goto('/');
      const out = await jsRequestedBefore(first, await paintedAt(first, '__signinAt'));
      log(`signed out: ${out.files.length} JS files, ${out.gzipKiB} KiB gz: ${out.files.join(' ')}`);
      figures['signedOut.gzipKiB'] = out.gzipKiB;
      figures['signedOut.files'] = out.files.length;
      await first.evaluate(() => navigator.serviceWorker.ready);

      log('signed in: 张先生 opens / in a new page …');
      const { context } = await signedInPhone(browser, server.url);
      await context.addInitScript(PAINT_PROBE);
      const page = await context.newPage();
      await page.goto('/');
      const inside = await jsRequestedBefore(page, await paintedAt(page, '__vehiclesAt'));
      log(`signed in: ${inside.files.length} JS files, ${inside.gzipKiB} KiB gz: ${inside.files.join(' ')}`);
      figures['signedIn.gzipKiB'] = inside.gzipKiB;
      figures['signedIn.files'] = inside.files.length;
      await page.close();

      log(`repeat starts under Slow 4G, ${REPEATS} each …`);
      figures['repeatSlow4g.signedOutContentMs'] = await repeatStart(visitor, '__signinAt');
      figures['repeatSlow4g.signedInContentMs'] = await repeatStart(context, '__vehiclesAt');
      await visitor.close();
      await context.close();
    } finally {
      await browser.close();
    }
    try {
      log('Lighthouse (mobile, simulated throttling) …');
      Object.assign(figures, await runLighthouse(server.url));
    } finally {
      await server.stop();
    }
    return figures;
  },
});
