/**
 * The remote approval page (approve.html), opened from a text message on any phone browser with
 * nothing installed and no sign-in: its own small bundle with the app's quote decision components and
 * none of the app's shell, router, mirror (Dexie) or service worker.
 */
import { render } from 'solid-js/web';
import '../../ui/tokens.css';
import '../../ui/base.css';
import '../../ui/ui.css';
import '../quotes.css';
import './link.css';
import { applyLocale, loadCatalogs, locale } from '../../i18n/i18n.ts';
import { LinkApp } from './link-app.tsx';

// The phone's language, unless this browser already chose one in the app; the app's saved choice stays as it was.
const saved = localStorage.getItem('pitlane.locale');
if (!saved && /^en\b/i.test(navigator.language)) {
  const switched = applyLocale('en');
  localStorage.removeItem('pitlane.locale');
  await switched;
} else document.documentElement.lang = locale();

// No router loads a screen's words here: the page's own namespaces, in its language, before it paints
// (the HTML's placeholder stays until then).
await loadCatalogs('app', 'quotes', 'membership', 'sync', 'errors');
const root = document.getElementById('app')!;
root.textContent = '';
render(() => <LinkApp />, root);
