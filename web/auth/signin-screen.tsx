import { useNavigate } from '@solidjs/router';
import { createResource, createSignal, onCleanup, Show } from 'solid-js';
import * as v from 'valibot';
import { type CustomerMe, RequestCodeSchema, VerifyCodeSchema } from '@shared/auth/auth.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { ApiError } from '../sync/api.ts';
import { call, client } from '../sync/client.ts';
import { Button } from '../ui/button.tsx';
import { signedIn } from './session.ts';
import './auth.css';

export default function SignInScreen() {
  const t = useT();
  const navigate = useNavigate();
  const [demo] = createResource(() => call(client.auth.demo.$get()).catch(() => ({ demo: false })));
  const [phone, setPhone] = createSignal('');
  const [code, setCode] = createSignal('');
  const [sentTo, setSentTo] = createSignal<string | null>(null);
  const [cooldown, setCooldown] = createSignal(0);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const timer = setInterval(() => setCooldown((s) => Math.max(0, s - 1)), 1000);
  onCleanup(() => clearInterval(timer));

  const say = (e: unknown) => setError(t(`errors.${e instanceof ApiError ? e.code : 'invalid'}` as 'errors.invalid'));

  async function run(action: () => Promise<void>) {
    if (!navigator.onLine) return setError(t('auth.offline'));
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      say(e);
    } finally {
      setBusy(false);
    }
  }

  const finish = async (me: CustomerMe) => {
    await signedIn(me);
    navigate('/vehicles', { replace: true });
  };

  const sendCode = () =>
    run(async () => {
      const parsed = v.safeParse(RequestCodeSchema, { phone: phone() });
      if (!parsed.success) return void setError(t('errors.invalid'));
      await call(client.auth.code.$post({ json: parsed.output }));
      setSentTo(parsed.output.phone);
      setCooldown(60);
    });

  const verify = (e: Event) => {
    e.preventDefault();
    return run(async () => {
      const parsed = v.safeParse(VerifyCodeSchema, { phone: sentTo() ?? phone(), code: code() });
      if (!parsed.success) return void setError(t('errors.code_invalid'));
      await finish(await call(client.auth.verify.$post({ json: parsed.output })));
    });
  };

  const demoSignIn = () => run(async () => finish(await call(client.auth.demo.$post({ json: {} }))));

  return (
    <main id="main" class="page signin">
      <div class="signin-brand" aria-hidden="true">
        <img src="/icons/icon.svg" alt="" width="64" height="64" />
      </div>
      <h1>{t('auth.welcome')}</h1>
      <p class="muted">{t('auth.intro')}</p>
      <Show when={demo()?.demo}>
        <section class="card signin-demo">
          <Button block onClick={() => void demoSignIn()} disabled={busy()}>
            {t('auth.demo')}
          </Button>
          <p class="muted">{t('auth.demoHint')}</p>
        </section>
        <p class="signin-or">{t('auth.or')}</p>
      </Show>
      <form class="card stack" onSubmit={verify} aria-label={t('auth.title')}>
        <div class="field">
          <label for="phone">{t('auth.phone')}</label>
          <div class="row signin-phone">
            <input
              id="phone"
              class="input"
              type="tel"
              inputmode="numeric"
              autocomplete="tel"
              placeholder={t('auth.phoneHint')}
              value={phone()}
              onInput={(e) => setPhone(e.currentTarget.value)}
            />
            <Button variant="secondary" onClick={() => void sendCode()} disabled={busy() || cooldown() > 0}>
              {cooldown() > 0 ? t('auth.resendIn', { s: cooldown() }) : t('auth.sendCode')}
            </Button>
          </div>
        </div>
        <Show when={sentTo()}>
          <p role="status">{t('auth.codeSent', { phone: sentTo() ?? '' })}</p>
          <div class="field">
            <label for="code">{t('auth.code')}</label>
            <input
              id="code"
              class="input"
              inputmode="numeric"
              autocomplete="one-time-code"
              maxlength="6"
              placeholder={t('auth.codeHint')}
              value={code()}
              onInput={(e) => setCode(e.currentTarget.value)}
            />
          </div>
          <Button type="submit" block disabled={busy()}>
            {t('auth.signIn')}
          </Button>
        </Show>
        <Show when={error()}>
          <p class="error-text" role="alert">
            {error()}
          </p>
        </Show>
      </form>
      <p class="signin-staff">
        <a href="/staff">{t('auth.staffLink')}</a>
      </p>
    </main>
  );
}
