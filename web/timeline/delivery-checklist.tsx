import { For, Show } from 'solid-js';
import type { CheckKey } from '@shared/timeline/delivery.schema.ts';
import { fmtTime } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { textShown } from '../i18n/workshop-words.ts';
import { Said } from '../ui/said.tsx';
import { Button } from '../ui/button.tsx';
import { Icon } from '../ui/icon.tsx';
import { StatusPill } from '../ui/status-pill.tsx';
import type { DeliveryRow } from './timeline.optimistic.ts';
import { confirmCheck } from './timeline.store.ts';
import { checkLabel } from './timeline-text.ts';

/** Seed 001's verification, confirmed by the customer item by item (each a queued mutation). */
export function DeliveryChecklist(props: { delivery: DeliveryRow; ready: boolean }) {
  const t = useT();
  const all = () => props.delivery.checks.every((c) => c.confirmedAt);
  const pending = (key: CheckKey) => props.delivery.pendingKeys?.includes(key) ?? false;
  const labels = () => ({
    pending: t('timeline.delivery.pending'),
    synced: t('sync.syncedBadge'),
    refused: t('timeline.delivery.refused'),
  });
  return (
    <section class="card dv-checks" aria-labelledby="dv-checks-title">
      <h2 id="dv-checks-title">{t('timeline.delivery.checks')}</h2>
      <p class="muted">{props.ready ? t('timeline.delivery.checksLead') : t('timeline.delivery.notReady')}</p>
      <ul class="dv-check-list">
        <For each={props.delivery.checks}>
          {(c) => (
            <li class="dv-check" classList={{ 'dv-check-done': !!c.confirmedAt }} data-testid={`check-${c.key}`}>
              <div class="dv-check-text">
                <strong>{checkLabel(t, c.key)}</strong>
                <Said class="muted" shown={textShown(c.note)} />
              </div>
              <Show
                when={c.confirmedAt}
                fallback={
                  <Button
                    variant="primary"
                    disabled={!props.ready}
                    onClick={() => void confirmCheck(props.delivery.visitId, c.key)}
                    aria-label={`${t('timeline.delivery.confirm')} ${checkLabel(t, c.key)}`}
                  >
                    {t('timeline.delivery.confirm')}
                  </Button>
                }
              >
                {(at) => (
                  <span class="dv-check-state">
                    <span class="dv-confirmed">
                      <Icon name="check" size={18} /> {t('timeline.delivery.confirmed', { time: fmtTime(at()) })}
                    </span>
                    <Show when={pending(c.key)}>
                      <StatusPill status="pending" labels={labels()} />
                    </Show>
                  </span>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={all()}>
        <p class="dv-all" role="status">
          <Icon name="check" /> {t('timeline.delivery.allConfirmed')}
        </p>
      </Show>
    </section>
  );
}
