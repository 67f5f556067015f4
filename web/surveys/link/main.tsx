/**
 * The survey link page (survey.html), opened from the text message on any phone browser with no
 * sign-in: its own small bundle with the app's survey form and none of the app's shell, router,
 * mirror (Dexie) or service worker.
 */
import { render } from 'solid-js/web';
import '../../ui/tokens.css';
import '../../ui/base.css';
import '../../ui/ui.css';
import '../surveys.css';
import { applyLocale, loadCatalogs, locale } from '../../i18n/i18n.ts';
import { SurveyLinkApp } from './survey-link-app.tsx';

// The phone's language, unless this browser already chose one in the app; the app's saved choice stays as it was.
const saved = localStorage.getItem('pitlane.locale');
if (!saved && /^en\b/i.test(navigator.language)) {
  const switched = applyLocale('en');
  localStorage.removeItem('pitlane.locale');
  await switched;
} else document.documentElement.lang = locale();

await loadCatalogs('app', 'surveys', 'errors');
const root = document.getElementById('app')!;
root.textContent = '';
render(() => <SurveyLinkApp />, root);
