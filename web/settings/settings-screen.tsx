import { createResource, type JSX, Show } from 'solid-js';
import { pendingBeforeSignOut, signOut } from '../auth/session.ts';
import { fmtDateTime, useCenter } from '../app/center.ts';
import { pick, useT } from '../i18n/i18n.ts';
import { livePendingCount } from '../sync/outbox.ts';
import { Button } from '../ui/button.tsx';
import { Card } from '../ui/card.tsx';
import { Page } from '../ui/page.tsx';
import { StatusPill } from '../ui/status-pill.tsx';
import { Toggle } from '../ui/toggle.tsx';
import { getPreferences, liveLastSync, setPreferences, storageState } from './settings.store.ts';
import { PushSettings } from './push-settings.tsx';
import './settings.css';

const kb = (bytes: number) =>
  bytes > 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/** `top`: what other features put first on the Me tab (the membership card; composed in web/routes.tsx). */
export default function SettingsScreen(props: { top?: JSX.Element }) {
  const t = useT();
  const prefs = getPreferences();
  const center = useCenter();
  const lastSync = liveLastSync();
  const pending = livePendingCount();
  const [storage] = createResource(storageState);
  const pill = () => (prefs()?._pending ? 'pending' : 'synced') as 'pending' | 'synced';
  const labels = () => ({
    pending: t('sync.pendingBadge'),
    synced: t('sync.syncedBadge'),
    refused: t('sync.refusedBadge'),
  });

  async function leave() {
    const n = await pendingBeforeSignOut();
    if (n > 0 && !confirm(t('auth.signOutPending', { n }))) return;
    await signOut();
  }

  return (
    <Page
      title={t('settings.title')}
      actions={<Show when={prefs()}>{<StatusPill status={pill()} labels={labels()} />}</Show>}
    >
      {props.top}
      <Show when={prefs()}>
        {(p) => (
          <>
            <Card title={t('settings.language')} class="settings-card">
              <p class="muted">{t('settings.languageHint')}</p>
              <fieldset class="segmented">
                <legend class="visually-hidden">{t('settings.language')}</legend>
                <label>
                  <input
                    type="radio"
                    name="locale"
                    checked={p().locale === 'zh-CN'}
                    onChange={() => void setPreferences({ locale: 'zh-CN' })}
                  />
                  <span>{t('settings.zh')}</span>
                </label>
                <label>
                  <input
                    type="radio"
                    name="locale"
                    checked={p().locale === 'en'}
                    onChange={() => void setPreferences({ locale: 'en' })}
                  />
                  <span lang="en">{t('settings.en')}</span>
                </label>
              </fieldset>
              <Toggle
                label={t('settings.largeText')}
                description={t('settings.largeTextHint')}
                checked={p().largeText}
                onChange={(on) => void setPreferences({ largeText: on })}
              />
            </Card>
            <Card title={t('settings.notifications')}>
              <Toggle
                label={t('settings.notifyReminders')}
                checked={p().notifyReminders}
                onChange={(on) => void setPreferences({ notifyReminders: on })}
              />
              <Toggle
                label={t('settings.notifyTimeline')}
                checked={p().notifyTimeline}
                onChange={(on) => void setPreferences({ notifyTimeline: on })}
              />
              <Toggle
                label={t('settings.notifyQuotes')}
                checked={p().notifyQuotes}
                onChange={(on) => void setPreferences({ notifyQuotes: on })}
              />
              <Toggle
                label={t('settings.notifyMarketing')}
                checked={p().notifyMarketing}
                onChange={(on) => void setPreferences({ notifyMarketing: on })}
              />
              <PushSettings prefs={p()} />
            </Card>
          </>
        )}
      </Show>
      <Card title={t('settings.storage')}>
        <p data-testid="storage-state">{storage()?.persisted ? t('settings.persisted') : t('settings.notPersisted')}</p>
        <Show when={storage()?.usage != null}>
          <p class="muted">{t('settings.usage', { used: kb(storage()!.usage!) })}</p>
        </Show>
        <p data-testid="last-sync">
          {lastSync() ? t('settings.lastSync', { at: fmtDateTime(lastSync()!) }) : t('settings.neverSynced')}
        </p>
        <p class="muted">{t('settings.pendingCount', { n: pending() ?? 0 })}</p>
        <Show when={import.meta.env.VITE_BUILD_ID}>
          <p class="muted" data-testid="build-id">
            {t('settings.version', { id: String(import.meta.env.VITE_BUILD_ID) })}
          </p>
        </Show>
      </Card>
      <Show when={center()}>
        {(c) => (
          <Card title={t('settings.center')}>
            <p>
              <strong>{pick(c().name, c().nameEn)}</strong>
            </p>
            <p class="muted">{pick(c().address, c().addressEn)}</p>
            <a class="btn btn-secondary" href={`tel:${c().phone.replace(/\s/g, '')}`}>
              {t('settings.call', { phone: c().phone })}
            </a>
          </Card>
        )}
      </Show>
      <Button variant="secondary" block class="settings-signout" onClick={() => void leave()}>
        {t('auth.signOut')}
      </Button>
    </Page>
  );
}
