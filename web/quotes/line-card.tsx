import { For, Show } from 'solid-js';
import { DEFER_CHOICES, type DeferChoice, deferAt } from '@shared/quotes/defer.ts';
import type { LineDecision } from '@shared/quotes/quote-codes.schema.ts';
import type { QuoteLine } from '@shared/quotes/quote-view.schema.ts';
import { LINE_DECISIONS } from '@shared/quotes/quote.constants.ts';
import { centerZone, fmtDate } from '../app/center.ts';
import { pick, useT } from '../i18n/i18n.ts';
import { FindingProof, Price } from './quote-bits.tsx';

/** One line: what, why (finding, photos, consequence and benefit), the price, and the customer's choice. */
export function LineCard(props: {
  line: QuoteLine;
  decision: LineDecision | undefined;
  deferChoice: DeferChoice | undefined;
  onDecide: (d: LineDecision) => void;
  onDeferChoice: (c: DeferChoice) => void;
}) {
  const t = useT();
  const title = () => pick(props.line.title, props.line.titleEn);
  return (
    <article class="card q-line" data-line={props.line.title} data-decision={props.decision ?? ''}>
      <h3>{title()}</h3>
      <FindingProof line={props.line} />
      <Show when={props.line.consequence}>
        <p>
          <strong>
            {t('quotes.ifSkip')}
            {t('quotes.colon')}
          </strong>
          {props.line.consequence}
        </p>
      </Show>
      <Show when={props.line.benefit}>
        <p>
          <strong>
            {t('quotes.ifDo')}
            {t('quotes.colon')}
          </strong>
          {props.line.benefit}
        </p>
      </Show>
      <Price line={props.line} />
      <div class="q-decide" role="group" aria-label={t('quotes.decisionLabel', { title: title() })}>
        <For each={LINE_DECISIONS}>
          {(d) => (
            <button
              type="button"
              class={`q-choice q-choice-${d}`}
              aria-pressed={props.decision === d}
              onClick={() => props.onDecide(d)}
            >
              {t(`quotes.decision.${d}` as 'quotes.decision.approve')}
            </button>
          )}
        </For>
      </div>
      <Show when={props.decision === 'defer'}>
        <fieldset class="q-defer">
          <legend>{t('quotes.deferWhen')}</legend>
          <For each={DEFER_CHOICES}>
            {(c) => (
              <label class="q-radio">
                <input
                  type="radio"
                  name={`defer-${props.line.key}`}
                  checked={props.deferChoice === c}
                  onChange={() => props.onDeferChoice(c)}
                />
                {t(`quotes.deferChoice.${c}` as 'quotes.deferChoice.next_week')}
              </label>
            )}
          </For>
          <Show when={props.deferChoice}>
            {(c) => (
              <p class="muted">{t('quotes.deferNote', { date: fmtDate(deferAt(c(), new Date(), centerZone())) })}</p>
            )}
          </Show>
        </fieldset>
      </Show>
    </article>
  );
}
