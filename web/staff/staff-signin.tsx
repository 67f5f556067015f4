import { createSignal, Show } from 'solid-js';
import type { StaffMe } from '@shared/auth/auth.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { staffPost } from './staff-api.ts';

export function StaffSignIn(props: { onSignedIn: (me: StaffMe) => void }) {
  const t = useT();
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [error, setError] = createSignal(false);
  async function submit(e: Event) {
    e.preventDefault();
    setError(false);
    try {
      props.onSignedIn(await staffPost<StaffMe>('/api/auth/staff', { username: username(), password: password() }));
    } catch {
      setError(true);
    }
  }
  return (
    <main id="main" class="staff-signin">
      <form class="card stack" onSubmit={submit}>
        <h1>{t('staff.signIn')}</h1>
        <div class="field">
          <label for="staff-username">{t('staff.username')}</label>
          <input
            id="staff-username"
            class="input"
            autocomplete="username"
            value={username()}
            onInput={(e) => setUsername(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="staff-password">{t('staff.password')}</label>
          <input
            id="staff-password"
            class="input"
            type="password"
            autocomplete="current-password"
            value={password()}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </div>
        <Show when={error()}>
          <p class="error-text" role="alert">
            {t('staff.wrong')}
          </p>
        </Show>
        <button type="submit" class="btn btn-primary">
          {t('staff.submit')}
        </button>
        <a href="/">{t('staff.customerApp')}</a>
      </form>
    </main>
  );
}
