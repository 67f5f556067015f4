/**
 * [N] item 5 in the browser: a technician attaches a short clip to a step from the staff console (the
 * page grabs its poster frame), and the customer's open timeline shows the poster with a play control.
 * The first view downloads the poster only — never the clip — and a tap plays it through range requests.
 * The clip is recorded in the page (MediaRecorder over a canvas): a real, decodable WebM.
 */
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { demoSignIn, phone, shot, staffSignIn } from './helpers.ts';
import { expect, test } from './local-first-fixtures.ts';

test.use(phone);

/** One second of a moving square, as the browser's own recorder writes it. */
async function recordClip(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 240;
    const g = canvas.getContext('2d')!;
    const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm' });
    const parts: Blob[] = [];
    recorder.ondataavailable = (e) => parts.push(e.data);
    const stopped = new Promise((r) => (recorder.onstop = r));
    recorder.start();
    const started = performance.now();
    await new Promise<void>((done) => {
      const frame = () => {
        const t = performance.now() - started;
        g.fillStyle = '#345';
        g.fillRect(0, 0, 320, 240);
        g.fillStyle = '#fc3';
        g.fillRect((t / 4) % 280, 100, 40, 40);
        if (t < 1200) requestAnimationFrame(frame);
        else done();
      };
      frame();
    });
    recorder.stop();
    await stopped;
    return [...new Uint8Array(await new Blob(parts, { type: 'video/webm' }).arrayBuffer())];
  });
  return Buffer.from(bytes);
}

test('a clip on a step: the customer sees its poster, downloads the clip only when playing it', async ({
  page,
  browser,
  server,
}) => {
  await staffSignIn(page, 'technician');
  await page.goto('/staff/timeline');
  await page.getByTestId('board-row').filter({ hasText: '沪AD12345' }).getByRole('link').click();
  await expect(page.getByTestId('staff-promise')).not.toHaveText('—');
  const clip = await recordClip(page);
  expect(clip.byteLength).toBeGreaterThan(1000);

  // The customer's page is open on the live timeline before the clip exists.
  const phoneContext = await browser.newContext({ baseURL: server.url, ...phone, locale: 'zh-CN' });
  const customer = await phoneContext.newPage();
  const clipRequests: string[] = [];
  const posterRequests: string[] = [];
  customer.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/^\/api\/media\/[^/]+\/display$/.test(path)) clipRequests.push(r.headers().range ?? 'whole');
    if (/^\/api\/media\/[^/]+\/thumb$/.test(path)) posterRequests.push(path);
  });
  await demoSignIn(customer);
  await customer.goto('/visit');
  await expect(customer.getByTestId('timeline-event').first()).toBeVisible();

  await page.getByLabel('步骤').selectOption('inspection');
  await page.getByLabel('说明（客户可见）').fill('刹车片磨损，请看视频');
  await page.getByTestId('event-clip').setInputFiles({ name: 'brake.webm', mimeType: 'video/webm', buffer: clip });
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await expect(page.getByTestId('staff-events').getByRole('row').first()).toContainText('刹车片磨损，请看视频');
  await expect(page.getByTestId('staff-events').locator('video')).toHaveCount(1);

  const step = customer.getByTestId('timeline-event').filter({ hasText: '刹车片磨损，请看视频' });
  const video = step.locator('video');
  await expect(video).toHaveCount(1, { timeout: 5_000 });
  await expect(video).toHaveAttribute('preload', 'none');
  await expect(video).toHaveAttribute('poster', /\/api\/media\/[^/]+\/thumb$/);
  await expect(video).toHaveAccessibleName(/.+/);
  await expect.poll(() => posterRequests.length).toBeGreaterThan(0);
  // The poster the page grabbed is a real frame, not an empty image.
  const posterUrl = (await video.getAttribute('poster'))!;
  const poster = await customer.request.get(posterUrl);
  expect(poster.status()).toBe(200);
  const frame = await sharp(await poster.body()).metadata();
  expect([frame.format, frame.width, frame.height]).toEqual(['webp', 320, 240]);
  await customer.waitForTimeout(500);
  await shot(customer, 'video-poster');
  expect(clipRequests).toEqual([]);

  // A tap plays it: now, and only now, the clip comes.
  await video.evaluate((v: HTMLVideoElement) => v.play());
  await expect.poll(() => clipRequests.length).toBeGreaterThan(0);
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(0);
  await phoneContext.close();
});
