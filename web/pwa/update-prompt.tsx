/**
 * "A new version is ready" (docs/sync.md, service worker and updates): never forced. Accepting waits
 * until no form is dirty and the outbox is empty (or offline), then activates the waiting worker and
 * reloads once it controls the page, so the page and its chunks always come from one build. The worker
 * itself is registered by the entry for every visitor (register.ts); this only shows its state.
 */
import { createSignal, Show } from 'solid-js';
import { db } from '../db/dexie.ts';
import { useT } from '../i18n/i18n.ts';
import { isBusy } from './dirty.ts';
import { needRefresh, setNeedRefresh, updateServiceWorker } from './register.ts';

export function UpdatePrompt() {
  const t = useT();
  const [waitingForIdle, setWaitingForIdle] = createSignal(false);

  async function accept() {
    if (isBusy()) {
      setWaitingForIdle(true);
      return;
    }
    const unsent = await db.outbox.where('status').equals('pending').count();
    if (unsent > 0 && navigator.onLine) {
      // Give the leader a moment to deliver; the outbox survives the reload either way.
      await new Promise((r) => setTimeout(r, 1500));
    }
    // workbox-window reloads only if the page had a controller at load; this covers the first visit.
    navigator.serviceWorker?.addEventListener('controllerchange', () => location.reload(), { once: true });
    await updateServiceWorker(true);
  }

  return (
    <Show when={needRefresh()}>
      <div class="update-prompt" role="alert" data-testid="update-prompt">
        <p>{waitingForIdle() && isBusy() ? t('app.update.busy') : t('app.update.ready')}</p>
        <div class="row">
          <button type="button" class="btn btn-primary" onClick={() => void accept()}>
            {t('app.update.apply')}
          </button>
          <button type="button" class="btn btn-ghost" onClick={() => setNeedRefresh(false)}>
            {t('app.update.later')}
          </button>
        </div>
      </div>
    </Show>
  );
}
