import { For, type JSX, Show } from 'solid-js';
import type { QuoteOutdatedDetails } from '@shared/quotes/decide-args.schema.ts';
import type { LineChange, QuoteView } from '@shared/quotes/quote-view.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Card } from '../ui/card.tsx';
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

/** A revised quote says what changed since the version before, and why, so a new price is never a surprise. */
export function RevisionCard(props: { revision: NonNullable<QuoteView['revision']> }) {
  const t = useT();
  const r = () => props.revision;
  return (
    <Card title={t('quotes.changes.title', { from: r().fromVersion, to: r().toVersion })}>
      <Show when={r().reason}>{(reason) => <p>{t('quotes.changes.reason', { reason: reason() })}</p>}</Show>
      <ChangesList changes={r().changes} totalBeforeFen={r().totalBeforeFen} totalAfterFen={r().totalAfterFen} />
    </Card>
  );
}

/**
 * A decision the server refused. Signed on an outdated version, it says so and shows what changed, so the
 * customer decides again on the version now on screen; the host adds its own way on (dismiss, reload).
 */
export function RefusedCard(props: {
  title?: string;
  message: string;
  outdated: QuoteOutdatedDetails | null;
  children?: JSX.Element;
}) {
  return (
    <Card class="q-refused" title={props.title} role="alert" data-testid="quote-refused">
      <p>{props.message}</p>
      <Show when={props.outdated}>
        {(d) => (
          <ChangesList changes={d().changes} totalBeforeFen={d().totalBeforeFen} totalAfterFen={d().totalAfterFen} />
        )}
      </Show>
      {props.children}
    </Card>
  );
}
