import { For, Show } from 'solid-js';
import type { VisitProgress } from '@shared/timeline/timeline.schema.ts';
import { fmtTime } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { Icon } from '../ui/icon.tsx';
import { giftLabel, promiseText } from './timeline-text.ts';

/** The promised time pinned on top, and how it changed (with the reason and what was offered). */
export function PromiseCard(props: { progress: VisitProgress }) {
  const t = useT();
  const history = () => props.progress.promiseHistory;
  return (
    <section class="card tl-promise" aria-labelledby="tl-promise-label">
      <p id="tl-promise-label" class="tl-promise-label">
        <Icon name="clock" size={18} /> {t('timeline.promise.label')}
      </p>
      <p class="tl-promise-time" data-testid="promised-time">
        {props.progress.promisedReadyAt ? promiseText(t, props.progress.promisedReadyAt) : t('timeline.promise.none')}
      </p>
      <Show when={props.progress.promisedReadyAt && props.progress.status === 'in_progress'}>
        <p class="muted tl-promise-buffer">{t('timeline.promise.buffer')}</p>
      </Show>
      <Show when={history().length > 1}>
        <details class="tl-history" open>
          <summary>{t('timeline.promise.history')}</summary>
          <ol data-testid="promise-history">
            <For each={history()}>
              {(p, i) => (
                <li>
                  <span class="tl-history-reason">{t(`timeline.promise.${p.reason}` as 'timeline.promise.delay')}</span>{' '}
                  <strong>{fmtTime(p.readyAt)}</strong>
                  <Show when={i() > 0}>
                    <span class="muted">
                      {' '}
                      · {t('timeline.promise.was', { time: fmtTime(history()[i() - 1]!.readyAt) })}
                    </span>
                  </Show>
                  <Show when={p.reason === 'delay' && p.note}>
                    <span class="muted"> · {p.note}</span>
                  </Show>
                  <Show when={p.compensation.length > 0}>
                    <span class="muted"> · {p.compensation.map((c) => giftLabel(t, c)).join('、')}</span>
                  </Show>
                </li>
              )}
            </For>
          </ol>
        </details>
      </Show>
    </section>
  );
}
