/**
 * The settings card's push part: the state of Web Push on this device in words, one button to turn
 * it on or off (the browser asks for permission only then), the text-message fallback for what must
 * arrive, and the quiet hours. On iOS Safari outside the Home Screen it explains how to add the app
 * instead of offering a switch that cannot work.
 */
import { createResource, createSignal, Match, Switch } from 'solid-js';
import { useT } from '../i18n/i18n.ts';
import { disablePush, enablePush, pushState } from '../pwa/push.ts';
import { Button } from '../ui/button.tsx';
import { Toggle } from '../ui/toggle.tsx';
import type { Preferences } from '@shared/settings/preferences.schema.ts';
import { setPreferences } from './settings.store.ts';

export function PushSettings(props: { prefs: Preferences }) {
  const t = useT();
  const [state, { mutate }] = createResource(pushState);
  const [failed, setFailed] = createSignal(false);
  const [busy, setBusy] = createSignal(false);

  async function turnOn() {
    setBusy(true);
    const next = await enablePush();
    setBusy(false);
    setFailed(next === 'failed');
    mutate(next === 'failed' ? 'off' : next);
  }
  async function turnOff() {
    setBusy(true);
    mutate(await disablePush());
    setBusy(false);
  }

  return (
    <div class="push-settings" data-testid="push-settings">
      <h3 class="push-settings-title">{t('settings.push.title')}</h3>
      <Switch>
        <Match when={state() === 'ios_home_screen'}>
          <p>{t('settings.push.iosHomeScreen')}</p>
        </Match>
        <Match when={state() === 'unsupported'}>
          <p>{t('settings.push.unsupported')}</p>
        </Match>
        <Match when={state() === 'denied'}>
          <p>{t('settings.push.denied')}</p>
        </Match>
        <Match when={state() === 'on'}>
          <p role="status">{t('settings.push.on')}</p>
          <Button variant="secondary" disabled={busy()} onClick={() => void turnOff()}>
            {t('settings.push.turnOff')}
          </Button>
        </Match>
        <Match when={state() === 'off'}>
          <p role="status">{failed() ? t('settings.push.failed') : t('settings.push.off')}</p>
          <Button disabled={busy()} onClick={() => void turnOn()}>
            {t('settings.push.turnOn')}
          </Button>
        </Match>
      </Switch>
      <Toggle
        label={t('settings.push.sms')}
        description={t('settings.push.smsHint')}
        checked={props.prefs.smsFallback}
        onChange={(on) => void setPreferences({ smsFallback: on })}
      />
      <p class="muted">{t('settings.push.quiet', { from: props.prefs.quietFrom, to: props.prefs.quietTo })}</p>
    </div>
  );
}
