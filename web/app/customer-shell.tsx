import { A, Navigate, useLocation } from '@solidjs/router';
import { For, type JSX, Match, Switch } from 'solid-js';
import { session } from '../auth/session.ts';
import { useT } from '../i18n/i18n.ts';
import { UpdatePrompt } from '../pwa/update-prompt.tsx';
import { Icon } from '../ui/icon.tsx';
import { NAV } from './nav.ts';
import './preferences-effect.ts';
import { StatusLine } from './status-line.tsx';

/** The signed-in customer's frame: skip link, status line, the screen, and the bottom tab bar. */
export function CustomerShell(props: { children?: JSX.Element }) {
  const t = useT();
  const location = useLocation();
  return (
    <Switch>
      <Match when={session().status === 'loading'}>
        <p class="page muted">{t('app.loading')}</p>
      </Match>
      <Match when={session().status === 'signed-out'}>
        <Navigate href="/signin" />
      </Match>
      <Match when={session().status === 'signed-in'}>
        <a class="skip-link" href="#main">
          {t('app.skip')}
        </a>
        <StatusLine />
        <UpdatePrompt />
        {props.children}
        <nav class="tabbar" aria-label={t('app.nav.label')}>
          <For each={NAV}>
            {(item) => (
              <A href={item.href} class="tab" aria-current={item.match.test(location.pathname) ? 'page' : undefined}>
                <Icon name={item.icon} size={24} class="tab-icon" />
                <span>{t(item.labelKey as 'app.nav.vehicles')}</span>
              </A>
            )}
          </For>
        </nav>
      </Match>
    </Switch>
  );
}
