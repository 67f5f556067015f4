/** The owner's invitation: phone, scope and (with the book scope) the quote amount they may approve. */
import { createSignal, Show } from 'solid-js';
import type { FamilyScope } from '@shared/family/family.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { ApiError } from '../sync/api.ts';
import { Button } from '../ui/button.tsx';
import { inviteFamily } from './family.api.ts';

export function InviteForm(props: { vehicleId: string; onSent: () => void }) {
  const t = useT();
  const [phone, setPhone] = createSignal('');
  const [scope, setScope] = createSignal<FamilyScope>('view');
  const [limitYuan, setLimitYuan] = createSignal('0');
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const yuan = Number(limitYuan()) || 0;
      await inviteFamily({
        vehicleId: props.vehicleId,
        phone: phone(),
        scope: scope(),
        approveLimitFen: scope() === 'book' ? Math.max(0, Math.round(yuan * 100)) : 0,
      });
      setPhone('');
      setMessage({ ok: true, text: t('family.sent') });
      props.onSent();
    } catch (err) {
      const code = err instanceof ApiError ? err.code : 'invalid';
      setMessage({ ok: false, text: t(`errors.${code}` as 'errors.invalid') });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="stack" onSubmit={submit} data-testid="family-invite">
      <h3>{t('family.invite')}</h3>
      <label class="stack">
        <span>{t('family.phone')}</span>
        <input
          class="input"
          type="tel"
          inputmode="tel"
          autocomplete="tel"
          required
          maxLength={20}
          value={phone()}
          onInput={(e) => setPhone(e.currentTarget.value)}
        />
      </label>
      <fieldset class="stack family-scope">
        <legend>{t('family.scope')}</legend>
        <label class="row">
          <input type="radio" name="family-scope" checked={scope() === 'view'} onChange={() => setScope('view')} />
          <span>{t('family.scopeView')}</span>
        </label>
        <label class="row">
          <input type="radio" name="family-scope" checked={scope() === 'book'} onChange={() => setScope('book')} />
          <span>{t('family.scopeBook')}</span>
        </label>
      </fieldset>
      <Show when={scope() === 'book'}>
        <label class="stack">
          <span>{t('family.limit')}</span>
          <input
            class="input"
            type="number"
            inputmode="numeric"
            min="0"
            step="1"
            value={limitYuan()}
            onInput={(e) => setLimitYuan(e.currentTarget.value)}
          />
        </label>
      </Show>
      <Show when={message()}>
        {(m) => (
          <p role={m().ok ? 'status' : 'alert'} class={m().ok ? 'muted' : 'family-error'}>
            {m().text}
          </p>
        )}
      </Show>
      <Button type="submit" block disabled={busy()}>
        {t('family.send')}
      </Button>
    </form>
  );
}
