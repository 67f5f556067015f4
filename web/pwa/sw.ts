/// <reference lib="webworker" />
/**
 * The service worker: precache this build's shell and customer chunks (not the staff console), serve
 * the shell for any navigation offline, and keep photos in a bounded runtime cache. API responses are
 * never cached here: IndexedDB is the cache. A new worker waits until the customer accepts the update.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { ExpirationPlugin } from 'workbox-expiration';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { clientsClaim } from 'workbox-core';

declare let self: ServiceWorkerGlobalScope;

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [/^\/api\//, /^\/staff/, /^\/approve/, /^\/survey\.html/, /^\/invite/, /^\/share\//],
  }),
);

// Photos and video posters: immutable by id, so cache-first, at most 300 entries for 30 days.
registerRoute(
  ({ url }) => url.pathname.startsWith('/api/media/'),
  new CacheFirst({
    cacheName: 'pitlane-media',
    plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true })],
  }),
);
// Every other /api/ request (the live stream included) is left to the network without a worker hop.

clientsClaim();

// Web Push: every push shows a notification (a silent push gets a subscription revoked on Safari),
// in the language the server chose for this customer; the worker then tells the server it was shown,
// which keeps this subscription counted as a channel that reaches a person.
type PushPayload = { id: string; title: string; body: string; link: string; lang: string };

self.addEventListener('push', (event) => {
  let p: PushPayload;
  try {
    p = event.data?.json() as PushPayload;
  } catch {
    p = { id: 'pitlane', title: 'Pitlane', body: event.data?.text() ?? '', link: '/', lang: 'zh-CN' };
  }
  event.waitUntil(
    (async () => {
      await self.registration.showNotification(p.title, {
        body: p.body,
        tag: p.id,
        lang: p.lang,
        icon: '/icons/icon-192.png',
        badge: '/icons/icon-192.png',
        data: { link: p.link },
      });
      const sub = await self.registration.pushManager.getSubscription();
      if (sub)
        await fetch('/api/push/shown', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ endpoint: sub.endpoint }),
        }).catch(() => undefined);
    })(),
  );
});

// A click opens the notice's screen: in an open window of the app if there is one, else a new one.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const link = new URL((event.notification.data?.link as string | undefined) ?? '/', self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) {
        const moved = await open.navigate(link).catch(() => null);
        await (moved ?? open).focus();
        return;
      }
      await self.clients.openWindow(link);
    })(),
  );
});
