import { render } from 'solid-js/web';
import './ui/tokens.css';
import './ui/base.css';
import './ui/ui.css';
import './app/app.css';
import './app/register-optimistic.ts';
import { App } from './app/app.tsx';
import { restoreSession } from './auth/session.ts';

// Apply the remembered text size before the first paint, so large-text users never see a jump.
if (localStorage.getItem('pitlane.largeText') === '1') document.documentElement.classList.add('large-text');

// A chunk of an older build that is gone (a deploy while the page was open): reload once into the new one.
addEventListener('vite:preloadError', (event) => {
  if (sessionStorage.getItem('pitlane.reloadedForChunk')) return;
  sessionStorage.setItem('pitlane.reloadedForChunk', '1');
  event.preventDefault();
  location.reload();
});

void restoreSession();
render(() => <App />, document.getElementById('root')!);
