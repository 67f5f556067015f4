/**
 * Lighthouse mobile performance (its default config: a Moto G Power-sized phone, simulated slow 4G,
 * 4× CPU slowdown), the median of three runs, on the built app: / for a fresh profile (Lighthouse
 * resets storage: a first visit), then the vehicle screen of 张先生 signed in on that profile, the service worker in control (storage
 * kept: a returning customer). Chromium is Debian's, started by Playwright with a debugging port that
 * Lighthouse drives (PITLANE_LIGHTHOUSE_DUMP=/tmp/lh also writes the full reports to /tmp/lh-out.json and
 * /tmp/lh-in.json). The same by hand: README, "First load and Lighthouse".
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { freePort } from '../../tests/helpers/free-port.ts';
import { log } from './section.ts';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-sync'];

type Run = { score: number; lcpMs: number; fcpMs: number };

/** Runs per page; the median by score is reported (Lighthouse's own advice: its CPU figures vary with the machine's load). */
const RUNS = 3;

async function median(run: () => Promise<Run>): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run());
  return runs.sort((a, b) => a.score - b.score)[Math.floor(RUNS / 2)]!;
}

async function audit(url: string, port: number, keepStorage: boolean): Promise<Run> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    disableStorageReset: keepStorage,
  });
  const lhr = result?.lhr;
  if (process.env.PITLANE_LIGHTHOUSE_DUMP)
    writeFileSync(`${process.env.PITLANE_LIGHTHOUSE_DUMP}-${keepStorage ? 'in' : 'out'}.json`, JSON.stringify(lhr));
  if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const score = lhr.categories.performance?.score;
  const metric = (id: string) => `${id} ${Math.round(lhr.audits[id]?.numericValue ?? Number.NaN)}`;
  log(
    `${url}: ${score} (${['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index'].map(metric).join(', ')}, cls ${lhr.audits['cumulative-layout-shift']?.numericValue})`,
  );
  if (typeof score !== 'number') throw new Error(`Lighthouse on ${url}: no performance score`);
  return {
    score,
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
    fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? Number.NaN),
  };
}

export async function runLighthouse(baseUrl: string): Promise<Record<string, number>> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'pitlane-lighthouse-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...FLAGS, `--remote-debugging-port=${port}`],
  });
  try {
    const out = await median(() => audit(`${baseUrl}/`, port, false));

    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/signin`);
    await page.getByRole('button', { name: /演示登录|Demo sign-in/ }).click();
    await page.waitForURL(/\/vehicles$/);
    await page.getByTestId('vehicle-card').first().waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    const inside = await median(() => audit(`${baseUrl}/vehicles`, port, true));
    return {
      'signedOut.lighthouse': out.score,
      'signedOut.lcpMs': out.lcpMs,
      'signedOut.fcpMs': out.fcpMs,
      'signedIn.lighthouse': inside.score,
      'signedIn.lcpMs': inside.lcpMs,
      'signedIn.fcpMs': inside.fcpMs,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
