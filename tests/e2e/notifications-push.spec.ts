/**
 * Web Push in Chromium: the settings screen says in words what this device can do (a browser whose
 * push service cannot be reached — as in mainland China — is told that notices come by text
 * message), and a push delivered to the service worker shows a notification in the customer's words.
 */
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { demoSignIn, phone, shot } from './helpers.ts';

test.use(phone);

/** 张先生 signed in, notifications allowed, the service worker active. */
async function signedInWithWorker(page: Page, context: BrowserContext) {
  await context.grantPermissions(['notifications']);
  await demoSignIn(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test('settings: a push service out of reach is explained, with text messages as the fallback', async ({
  page,
  context,
}) => {
  await signedInWithWorker(page, context);
  await page.goto('/settings');
  const push = page.getByTestId('push-settings');
  await expect(push.getByText('本机未开启通知。')).toBeVisible();
  await expect(push.getByText(/免打扰时段 22:00–08:00/)).toBeVisible();
  await push.getByRole('button', { name: '开启手机通知' }).click();
  // This test machine has no route to the browser's push service: subscribe() fails like it does in China.
  await expect(push.getByText(/重要通知会通过短信发给您/)).toBeVisible({ timeout: 20_000 });
  await expect(
    push.getByRole('switch', { name: /重要通知同时发短信/ }).or(push.getByLabel(/重要通知同时发短信/)),
  ).toBeChecked();
  await shot(page, 'settings-push-zh', { fullPage: true });
});

test('a push reaching the service worker shows the notice with its title and body', async ({ page, context }) => {
  await signedInWithWorker(page, context);
  const cdp = await context.newCDPSession(page);
  const registrations: { registrationId: string; scopeURL: string }[] = [];
  cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => registrations.push(...e.registrations));
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => registrations.length).toBeGreaterThan(0);
  const origin = new URL(page.url()).origin;
  const payload = {
    id: 'n-1',
    kind: 'car_ready',
    title: '您的车已可取',
    body: '欢迎随时来取车',
    link: '/visit',
    lang: 'zh-CN',
  };
  // DevTools' push delivery can be dropped while a loaded machine is still starting the worker, so the
  // push is delivered again until it shows; the tag keeps a repeated push to one notification.
  const shownNotifications = () =>
    page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      const shown = (await reg?.getNotifications()) ?? [];
      return shown.map((n) => ({ title: n.title, body: n.body, tag: n.tag, link: n.data?.link }));
    });
  await expect(async () => {
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin,
      registrationId: registrations.at(-1)!.registrationId,
      data: JSON.stringify(payload),
    });
    await expect
      .poll(shownNotifications, { timeout: 3_000 })
      .toEqual([{ title: '您的车已可取', body: '欢迎随时来取车', tag: 'n-1', link: '/visit' }]);
  }).toPass({ timeout: 20_000 });

  // A click on it (dispatched to the worker's real handler) opens its screen in the open window.
  await expect(page).not.toHaveURL(/\/visit$/);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async () => {
    // Worker globals, typed here because the tests compile against the DOM library.
    const sw = self as unknown as {
      registration: ServiceWorkerRegistration;
      dispatchEvent: (e: Event) => boolean;
      NotificationEvent: new (type: string, init: { notification: Notification }) => Event;
    };
    const [shown] = await sw.registration.getNotifications();
    sw.dispatchEvent(new sw.NotificationEvent('notificationclick', { notification: shown! }));
  });
  await expect(page).toHaveURL(/\/visit$/);
  await expect(page.getByRole('heading', { level: 1, name: /维修进度/ })).toBeVisible();
});

test('push is offered right after a booking, not at first load, and once answered not again', async ({
  page,
  context,
}) => {
  await signedInWithWorker(page, context);
  await expect(page.getByTestId('push-offer')).toHaveCount(0);
  await page.getByRole('link', { name: '预约' }).click();
  await page.getByTestId('new-booking').click();
  await page.getByTestId('recommended-slot').first().click();
  await page.getByTestId('confirm-booking').click();
  const offer = page.getByTestId('push-offer');
  await expect(offer.getByRole('heading', { name: '到店前提醒您？' })).toBeVisible();
  await shot(page, 'booking-push-offer', { fullPage: true });
  await offer.getByRole('button', { name: '开启通知' }).click();
  // No route to the browser's push service here: the offer says reminders come by text message.
  await expect(offer.getByText(/重要提醒会通过短信发给您/)).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(page.getByTestId('booking-confirmation')).toBeVisible();
  await expect(page.getByTestId('push-offer')).toHaveCount(0);
});
