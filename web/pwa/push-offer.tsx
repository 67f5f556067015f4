/**
 * Asks for push at a moment that makes sense — right after a booking is made, when a reminder is
 * what the customer wants — never at first load. Shown only while push is possible and off, and
 * never again once answered.
 */
import { createResource, createSignal, Match, Show, Switch } from 'solid-js';
import { useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { enablePush, pushState } from './push.ts';

const ANSWERED = 'pitlane.pushOffer';

export function PushOffer() {
  const t = useT();
  const [state] = createResource(() => (localStorage.getItem(ANSWERED) ? Promise.resolve(null) : pushState()));
  const [outcome, setOutcome] = createSignal<'asking' | 'on' | 'failed' | 'later'>('asking');
  const answer = (o: 'on' | 'failed' | 'later') => {
    localStorage.setItem(ANSWERED, o);
    setOutcome(o);
  };
  return (
    <Show when={state() === 'off' && outcome() !== 'later'}>
      <section class="card push-offer" aria-labelledby="push-offer-title" data-testid="push-offer">
        <h2 id="push-offer-title">{t('app.pushOffer.title')}</h2>
        <Switch>
          <Match when={outcome() === 'on'}>
            <p role="status">{t('app.pushOffer.on')}</p>
          </Match>
          <Match when={outcome() === 'failed'}>
            <p role="status">{t('app.pushOffer.failed')}</p>
          </Match>
          <Match when={outcome() === 'asking'}>
            <p>{t('app.pushOffer.body')}</p>
            <div class="push-offer-actions">
              <Button onClick={async () => answer((await enablePush()) === 'on' ? 'on' : 'failed')}>
                {t('app.pushOffer.turnOn')}
              </Button>
              <Button variant="ghost" onClick={() => answer('later')}>
                {t('app.pushOffer.later')}
              </Button>
            </div>
          </Match>
        </Switch>
      </section>
    </Show>
  );
}
