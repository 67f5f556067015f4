import { For, Show } from 'solid-js';
import { signOut } from '../auth/session.ts';
import { useT } from '../i18n/i18n.ts';
import { Icon } from '../ui/icon.tsx';
import { dismissRefusal, livePendingCount, liveRefusals } from '../sync/outbox.ts';
import { syncState } from '../sync/engine.ts';

/** Offline / syncing / N pending / refused — always visible, always in words (docs/ui.md: honest states). */
export function StatusLine() {
  const t = useT();
  const pending = livePendingCount();
  const refusals = liveRefusals();
  // A sync refusal may have words of its own (an 'invalid' mutation is not a form the customer filled in).
  const reason = (code?: string) =>
    t(`sync.reason.${code}` as 'sync.reason.invalid') ??
    t(`errors.${code ?? 'invalid'}` as 'errors.invalid') ??
    t('errors.invalid');
  return (
    <div class="status-line" aria-live="polite">
      <Show when={!syncState.online()}>
        <p class="status status-offline" data-testid="status-offline">
          <Icon name="offline" /> {t('sync.offline')}
        </p>
      </Show>
      <Show when={(pending() ?? 0) > 0}>
        <p class="status status-pending" data-testid="status-pending">
          <Icon name="sync" /> {t('sync.pending', { n: pending() ?? 0 })}
          <Show when={syncState.syncing() && syncState.online()}> · {t('sync.syncing')}</Show>
        </p>
      </Show>
      <Show when={syncState.unauthorized()}>
        <div class="status status-refused" role="alert">
          <p>{t('sync.signedOutElsewhere')}</p>
          <button type="button" class="btn btn-ghost" onClick={() => void signOut()}>
            {t('sync.signInAgain')}
          </button>
        </div>
      </Show>
      <Show when={syncState.failing() && syncState.online()}>
        <p class="status status-pending">{t('sync.failing')}</p>
      </Show>
      <For each={refusals() ?? []}>
        {(r) => (
          <div class="status status-refused" role="alert" data-testid="status-refused">
            <p>
              <strong>{t(`sync.mutation.${r.name}` as 'sync.mutation.preferences.set') ?? r.name}</strong>：
              {reason(r.reason)}
            </p>
            <button type="button" class="btn btn-ghost" onClick={() => void dismissRefusal(r.seq)}>
              {t('sync.dismiss')}
            </button>
          </div>
        )}
      </For>
    </div>
  );
}
