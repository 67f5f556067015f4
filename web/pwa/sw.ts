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
    denylist: [/^\/api\//, /^\/staff/, /^\/approve/, /^\/share\//],
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
