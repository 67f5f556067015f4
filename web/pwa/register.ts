/**
 * Registers the service worker for every visitor, signed in or not, as soon as the entry loads, so
 * the shell and the sign-in screen open offline from the first visit. Registered once per page; the
 * "a new version is ready" prompt (update-prompt.tsx, signed-in shell only) reads the state kept here.
 * The staff console (/staff) is left out: the worker serves the customer app only.
 */
import { createSignal } from 'solid-js';
import { registerSW } from 'virtual:pwa-register';

const HOUR = 3_600_000;

const [needRefresh, setNeedRefresh] = createSignal(false);
export { needRefresh, setNeedRefresh };

let update: ((reloadPage?: boolean) => Promise<void>) | undefined;

/** Activates the waiting worker (see update-prompt.tsx for when). */
export function updateServiceWorker(reloadPage = true): Promise<void> {
  return update ? update(reloadPage) : Promise.resolve();
}

/** Starts the registration (once); the entry calls it for every visitor. */
export function registerServiceWorker() {
  if (update || location.pathname.startsWith('/staff')) return;
  update = registerSW({
    immediate: true,
    onNeedRefresh: () => setNeedRefresh(true),
    onRegisteredSW: (_url, registration) => {
      if (registration) setInterval(() => void registration.update(), HOUR);
    },
  });
}
