/**
 * The live timeline with a long visit: 50 events and 100 photos (2 on each of 50 events), posted
 * through the real staff API onto the demo's Model 3 visit, viewed by 张先生 in Chromium at phone size.
 * Figures:
 * - the time to render all 50 events from IndexedDB when switching to the Visit tab with the network
 *   off (median of 5), and after a full page reload (navigation start → 50 events on screen);
 * - the photo bytes on first view (the thumbnails the first screen loads: lazy, never the display
 *   size), after scrolling the whole timeline, and what the 100 display-size photos would have cost.
 * Needs the built app (`npm run build`, or PITLANE_DIST_DIR).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { rowsOf } from '../../server/db/client.ts';
import type { Board, TimelineEvent } from '@shared/timeline/timeline.schema.ts';
import { type Client, startTestServer } from '../../tests/helpers/test-server.ts';
import { define, log } from '../lib/section.ts';

const EVENTS = 50;
const PHOTOS_PER_EVENT = 2;
const RUNS = 5;
const KINDS = ['update', 'part_replaced', 'work_started', 'inspection', 'quality_check'] as const;

/** A photo-like JPEG (shapes, gradients, a little grain), different for each i. */
async function photo(i: number) {
  const r = (n: number) => Math.abs(Math.sin(i * 97 + n * 13.7));
  const shapes = Array.from({ length: 24 }, (_, n) => {
    const [x, y, rad] = [r(n) * 1280, r(n + 50) * 960, 40 + r(n + 99) * 220];
    return `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${rad.toFixed(0)}" fill="hsl(${Math.round(r(n + 7) * 360)},45%,${35 + Math.round(r(n + 3) * 40)}%)" fill-opacity="0.7"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="960"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="#4a5568"/><stop offset="1" stop-color="#cbd5e0"/></linearGradient></defs><rect width="1280" height="960" fill="url(#g)"/>${shapes}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
}

/** Runs `work` over the items, `n` at a time. */
async function pool<T>(items: readonly T[], n: number, work: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: n }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

async function seed(staff: Client) {
  const board = (await staff.get<Board>('/api/staff/timeline/board')).body;
  const visitId = board.rows.find((r) => r.plate === '沪AD12345')!.visitId;
  const seeded = (await staff.get<{ events: TimelineEvent[] }>(`/api/staff/timeline/visits/${visitId}`)).body.events;
  const ids = seeded.map((e) => e.id);
  for (let i = seeded.length; i < EVENTS; i++) {
    const r = await staff.post<TimelineEvent>(`/api/staff/timeline/visits/${visitId}/events`, {
      kind: KINDS[i % KINDS.length],
      note: `第 ${i + 1} 步：施工进行中，一切顺利。`,
    });
    ids.push(r.body.id);
  }
  const uploads = ids.flatMap((eventId, n) =>
    Array.from({ length: PHOTOS_PER_EVENT }, (_, k) => ({ eventId, i: n * PHOTOS_PER_EVENT + k })),
  );
  await pool(uploads, 4, async ({ eventId, i }) => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(await photo(i))], { type: 'image/jpeg' }), 'p.jpg');
    form.set('ownerKind', 'timeline_event');
    form.set('ownerId', eventId);
    form.set('role', 'event');
    const r = await staff.fetch('/api/staff/media', { method: 'POST', body: form });
    if (r.status !== 201) throw new Error(`photo upload answered ${r.status}`);
  });
}

/** The photos the page has fetched so far (Resource Timing: once per URL, bytes as sent). */
async function photosFetched(page: Page) {
  const entries = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => /\/api\/media\/[^/]+\/(thumb|display)/.test(e.name))
      .map((e) => ({ name: e.name, bytes: e.encodedBodySize })),
  );
  const unique = new Map(entries.map((e) => [e.name, e.bytes]));
  const names = [...unique.keys()];
  return {
    thumbs: names.filter((n) => n.includes('/thumb')).length,
    displays: names.filter((n) => n.includes('/display')).length,
    kb: Math.round([...unique.values()].reduce((a, b) => a + b, 0) / 1024),
  };
}

const allEvents = (page: Page) =>
  page.waitForFunction((n) => document.querySelectorAll('[data-testid="timeline-event"]').length === n, EVENTS, {
    timeout: 30_000,
  });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export default define({
  name: 'timeline',
  run: async () => {
    const distDir = resolve(process.env.PITLANE_DIST_DIR ?? './dist');
    if (!existsSync(join(distDir, 'index.html')))
      throw new Error(`no built app in ${distDir}: run \`npm run build\` first`);
    const server = await startTestServer({ distDir });
    server.clock.real();
    let browser: Browser | null = null;
    try {
      log(`posting ${EVENTS} events and ${EVENTS * PHOTOS_PER_EVENT} photos through the staff API…`);
      const seeding = performance.now();
      await seed(await server.signInStaff('advisor'));
      log(`seeded in ${Math.round(performance.now() - seeding)} ms`);
      const [stored] = rowsOf<{ display: string; thumb: string }>(
        await server.db.db.execute(
          sql`select sum(display_bytes) as display, sum(thumb_bytes) as thumb from media where owner_kind = 'timeline_event'`,
        ),
      );

      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
      const context = await browser.newContext({
        baseURL: server.url,
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
      });
      const page = await context.newPage();
      await page.goto('/signin');
      await page.getByRole('button', { name: /演示登录|Demo sign-in/ }).click();
      await page.waitForURL(/\/vehicles$/);
      await page.getByRole('link', { name: '到店' }).click();
      await allEvents(page);
      await page.waitForLoadState('networkidle');
      const first = await photosFetched(page);
      log('scrolling the whole timeline…');
      for (let y = 0; y < 40; y++) await page.mouse.wheel(0, 800);
      await page.waitForLoadState('networkidle');
      const scrolled = await photosFetched(page);

      log(`tab switch with the network off, ${RUNS} runs…`);
      await context.setOffline(true);
      const switches: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.getByRole('link', { name: '车辆' }).click();
        await page.waitForURL(/\/vehicles$/);
        const started = await page.evaluate(() => performance.now());
        await page.getByRole('link', { name: '到店' }).click();
        await allEvents(page);
        switches.push((await page.evaluate(() => performance.now())) - started);
      }
      await context.setOffline(false);
      const reloads: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.reload();
        await allEvents(page);
        reloads.push(await page.evaluate(() => performance.now()));
      }
      return {
        events: EVENTS,
        photos: EVENTS * PHOTOS_PER_EVENT,
        tabSwitchRenderMs: Math.round(median(switches)),
        reloadToRenderedMs: Math.round(median(reloads)),
        firstViewThumbnails: first.thumbs,
        firstViewDisplaySizePhotos: first.displays,
        firstViewPhotoKB: first.kb,
        scrolledThumbnails: scrolled.thumbs,
        scrolledDisplaySizePhotos: scrolled.displays,
        scrolledPhotoKB: scrolled.kb,
        allThumbsStoredKB: Math.round(Number(stored?.thumb ?? 0) / 1024),
        allDisplaySizesStoredKB: Math.round(Number(stored?.display ?? 0) / 1024),
      };
    } finally {
      await browser?.close();
      await server.stop();
    }
  },
});
