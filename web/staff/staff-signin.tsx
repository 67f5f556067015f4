import { createSignal } from 'solid-js';
import { StaffSignInSchema, type StaffMe } from '@shared/auth/auth.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { StaffLanguage } from './staff-language.tsx';
import { FormStatus } from './form/form-status.tsx';
import { useStaffForm } from './form/use-staff-form.ts';
import { authApi, call } from './staff-client.ts';

export function StaffSignIn(props: { onSignedIn: (me: StaffMe) => void }) {
  const t = useT();
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const form = useStaffForm(undefined, { words: { unauthenticated: t('staff.wrong') } });
  function submit(e: Event) {
    e.preventDefault();
    void form.send(
      StaffSignInSchema,
      { username: username(), password: password() },
      async (json) => props.onSignedIn(await call(authApi.staff.$post({ json }))),
      { username: t('staff.username'), password: t('staff.password') },
    );
  }
  return (
    <main id="main" class="staff-signin">
      <StaffLanguage />
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
        <FormStatus form={form} />
        <button type="submit" class="btn btn-primary" disabled={form.busy()}>
          {t('staff.submit')}
        </button>
        <a href="/">{t('staff.customerApp')}</a>
      </form>
    </main>
  );
}
