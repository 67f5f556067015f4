import { For, Show } from 'solid-js';
import type { AuthorizedLine } from '@shared/quotes/authorization.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Fen } from './quote-bits.tsx';
import { useCenterDates } from './quote-host.tsx';

/** Each decided line with its price and the customer's decision (and when, for a deferral). */
export function DecidedLines(props: { lines: readonly AuthorizedLine[]; 'data-testid'?: string }) {
  const t = useT();
  const dates = useCenterDates();
  return (
    <ul class="q-decided" data-testid={props['data-testid']}>
      <For each={props.lines}>
        {(l) => (
          <li data-line={l.title} data-decision={l.decision}>
            <span class={`q-tag q-tag-${l.decision}`}>{t(`quotes.decision.${l.decision}`)}</span>
            <span class="q-decided-title">
              {l.title}
              <Show when={l.deferUntil}>
                {(d) => <span class="muted"> · {t('quotes.record.deferredTo', { date: dates.date(d()) })}</span>}
              </Show>
            </span>
            <Fen fen={l.totalFen} />
          </li>
        )}
      </For>
    </ul>
  );
}
