import { A } from '@solidjs/router';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import type { StaffMe } from '@shared/auth/auth.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { authApi, call } from './staff-client.ts';
import { can } from '@shared/staff/permissions.ts';
import { StaffLanguage } from './staff-language.tsx';
import { STAFF_NAV } from './staff-nav.ts';
import { StaffRoleContext } from './staff-role.ts';
import { StaffSignIn } from './staff-signin.tsx';
import './staff.css';

export default function StaffShell(props: { children?: JSX.Element }) {
  const t = useT();
  const [me, { mutate }] = createResource(() => call(authApi.me.$get()).catch(() => null));
  const staff = () => {
    const m = me();
    return m?.kind === 'staff' ? m : null;
  };
  const [leaving, setLeaving] = createSignal(false);
  async function signOut() {
    setLeaving(true);
    await call(authApi.signout.$post({ json: {} })).catch(() => undefined);
    mutate(null);
    setLeaving(false);
  }
  return (
    <div class="staff">
      <Show when={!me.loading} fallback={<p class="muted staff-main">{t('app.loading')}</p>}>
        <Show when={staff()} fallback={<StaffSignIn onSignedIn={(m: StaffMe) => mutate(m)} />}>
          {(s) => (
            <>
              <header class="staff-header">
                <strong>{t('staff.title')}</strong>
                <nav aria-label={t('staff.title')} class="staff-nav">
                  <For each={STAFF_NAV.filter((item) => can(s().role, item.action))}>
                    {(item) => (
                      <A href={item.href} end>
                        {t(item.labelKey as 'staff.home')}
                      </A>
                    )}
                  </For>
                </nav>
                <span class="staff-who">
                  {s().name} · {t(`staff.role.${s().role}`)}
                </span>
                <StaffLanguage />
                <button type="button" class="btn btn-ghost" disabled={leaving()} onClick={() => void signOut()}>
                  {t('staff.signOut')}
                </button>
              </header>
              <main id="main" class="staff-main">
                <StaffRoleContext.Provider value={() => s().role}>{props.children}</StaffRoleContext.Provider>
              </main>
            </>
          )}
        </Show>
      </Show>
    </div>
  );
}
