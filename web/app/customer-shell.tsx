import { Navigate } from '@solidjs/router';
import { type JSX, Match, Switch } from 'solid-js';
import { session } from '../auth/session.ts';
import { useT } from '../i18n/i18n.ts';
import { screen } from './screen.ts';

/** The signed-in frame and its words, loaded only for a signed-in customer (or one probably signed in). */
const SignedInFrame = screen(() => import('./signed-in-frame.tsx'), 'app', 'sync');

/** Starts loading the signed-in frame before the session is read back, when this device has a customer's data. */
export const preloadSignedInFrame = () => void SignedInFrame.preload();

/** The session guard around every customer screen: the sign-in screen for visitors, else the frame. */
export function CustomerShell(props: { children?: JSX.Element }) {
  const t = useT();
  return (
    <Switch>
      <Match when={session().status === 'loading'}>
        <p class="page muted">{t('app.loading')}</p>
      </Match>
      <Match when={session().status === 'signed-out'}>
        <Navigate href="/signin" />
      </Match>
      <Match when={session().status === 'signed-in'}>
        <SignedInFrame>{props.children}</SignedInFrame>
      </Match>
    </Switch>
  );
}
