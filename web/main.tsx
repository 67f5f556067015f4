import { render } from 'solid-js/web';
import './ui/tokens.css';
import './ui/base.css';
import './ui/ui.css';
import './app/app.css';
import { App } from './app/app.tsx';
import { preloadSignedInFrame } from './app/customer-shell.tsx';
import { restoreSession } from './auth/session.ts';
import { loadCatalogs } from './i18n/i18n.ts';
import { registerServiceWorker } from './pwa/register.ts';
import { vehiclesScreen } from './routes.tsx';

// Apply the remembered text size before the first paint, so large-text users never see a jump.
if (localStorage.getItem('pitlane.largeText') === '1') document.documentElement.classList.add('large-text');

// A chunk of an older build that is gone (a deploy while the page was open): reload once into the new one.
// Offline the chunk is simply unreachable (the worker not installed yet): a reload would only show the
// browser's error page, so the screen's own error boundary says so instead.
addEventListener('vite:preloadError', (event) => {
  if (!navigator.onLine || sessionStorage.getItem('pitlane.reloadedForChunk')) return;
  sessionStorage.setItem('pitlane.reloadedForChunk', '1');
  event.preventDefault();
  location.reload();
});

// Every visitor, signed in or not: the shell and the sign-in screen then open offline from the first visit.
// Registered once the page has loaded and gone idle, so the worker (and workbox-window) never compete
// with the first screen's own requests on a slow network.
const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run, 0);
const registerLater = () => void whenIdle(registerServiceWorker);
if (document.readyState === 'complete') registerLater();
else addEventListener('load', registerLater, { once: true });
// The shell's words, in this page's language only, fetched while the session is read back.
void loadCatalogs('app', 'errors');
void restoreSession(() => {
  // A returning customer: the frame and the first screen load beside the database, not after it.
  preloadSignedInFrame();
  if (location.pathname === '/') void vehiclesScreen.preload();
});
render(() => <App />, document.getElementById('root')!);
