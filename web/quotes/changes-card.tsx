import { For, Show } from 'solid-js';
import type { LineChange } from '@shared/quotes/quote-view.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Fen } from './quote-bits.tsx';

/** What changed between two versions, line by line, and the totals before and after. */
export function ChangesList(props: { changes: readonly LineChange[]; totalBeforeFen: number; totalAfterFen: number }) {
  const t = useT();
  return (
    <>
      <ul class="q-changes" data-testid="quote-changes">
        <For each={props.changes}>
          {(c) => (
            <li data-change={c.kind}>
              <span class={`q-tag q-tag-${c.kind}`}>{t(`quotes.changes.${c.kind}`)}</span>
              <span>{c.title}</span>
              <span>
                <Show when={c.beforeFen !== null}>
                  <s>
                    <Fen fen={c.beforeFen!} />
                  </s>{' '}
                </Show>
                <Show when={c.afterFen !== null}>
                  <Fen fen={c.afterFen!} />
                </Show>
              </span>
            </li>
          )}
        </For>
      </ul>
      <p>
        <strong>
          {t('quotes.changes.total')}{' '}
          <s>
            <Fen fen={props.totalBeforeFen} />
          </s>{' '}
          → <Fen fen={props.totalAfterFen} />
        </strong>
      </p>
    </>
  );
}
