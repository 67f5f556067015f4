import { A, useLocation } from '@solidjs/router';
import { createSignal, ErrorBoundary, For, type JSX, Show, Suspense } from 'solid-js';
import { useT } from '../i18n/i18n.ts';
import { UpdatePrompt } from '../pwa/update-prompt.tsx';
import { Button } from '../ui/button.tsx';
import { Icon } from '../ui/icon.tsx';
import { NAV } from './nav.ts';
import './preferences-effect.ts';
import { StatusLine } from './status-line.tsx';

/**
 * The signed-in customer's frame: skip link, status line, the screen, and the bottom tab bar. Its own
 * chunk (with IndexedDB and the sync engine behind the status line), so the sign-in screen never loads it.
 */
export default function SignedInFrame(props: { children?: JSX.Element }) {
  const t = useT();
  const location = useLocation();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <StatusLine />
      <UpdatePrompt />
      {/* The screen's own boundaries, inside the shell: a screen still loading (its lazy chunk, or
        any resource it reads) or failing shows that in its place, never over the tab bar. */}
      <ErrorBoundary
        fallback={(_, reset) => (
          <main id="main" class="page">
            <p class="muted">{t('app.screenFailed')}</p>
            <Button variant="ghost" onClick={reset}>
              {t('app.retry')}
            </Button>
          </main>
        )}
      >
        <Suspense fallback={<p class="page muted">{t('app.loading')}</p>}>{props.children}</Suspense>
      </ErrorBoundary>
      <nav class="tabbar" aria-label={t('app.nav.label')}>
        <For each={NAV}>
          {(item) => {
            // A signal, not a resource: the tab bar never suspends while the count's module loads.
            const [live, setLive] = createSignal<() => number>(() => 0);
            void item.badge?.().then((c) => setLive(() => c));
            const count = () => live()();
            return (
              <A href={item.href} class="tab" aria-current={item.match.test(location.pathname) ? 'page' : undefined}>
                <span class="tab-icon-wrap">
                  <Icon name={item.icon} size={24} class="tab-icon" />
                  <Show when={count() > 0}>
                    <span class="tab-badge" aria-hidden="true" data-testid="tab-badge">
                      {count() > 99 ? '99+' : count()}
                    </span>
                  </Show>
                </span>
                <span>{t(item.labelKey as 'app.nav.vehicles')}</span>
                <Show when={count() > 0}>
                  <span class="visually-hidden">{t('app.tabUnread', { n: count() })}</span>
                </Show>
              </A>
            );
          }}
        </For>
      </nav>
    </>
  );
}
