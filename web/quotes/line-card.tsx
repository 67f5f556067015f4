import { For, Show } from 'solid-js';
import { DEFER_CHOICES, type DeferChoice, deferAt } from '@shared/quotes/defer.ts';
import type { LineDecision } from '@shared/quotes/quote-codes.schema.ts';
import type { QuoteLine } from '@shared/quotes/quote-view.schema.ts';
import { LINE_DECISIONS } from '@shared/quotes/quote.constants.ts';
import { pick, useT } from '../i18n/i18n.ts';
import { FindingProof, Price } from './quote-bits.tsx';
import { useCenterDates, useQuoteHost } from './quote-host.tsx';

/** One line: what, why (finding, photos, consequence and benefit), the price, and the customer's choice. */
export function LineCard(props: {
  line: QuoteLine;
  decision: LineDecision | undefined;
  deferChoice: DeferChoice | undefined;
  onDecide: (d: LineDecision) => void;
  onDeferChoice: (c: DeferChoice) => void;
}) {
  const t = useT();
  const host = useQuoteHost();
  const dates = useCenterDates();
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
          {(d) => {
            const word = () => t(`quotes.decision.${d}` as 'quotes.decision.approve');
            return (
              <button
                type="button"
                class={`q-choice q-choice-${d}`}
                aria-pressed={props.decision === d}
                // The visible word first, then the line it is about: "做：前刹车片更换" among many lines.
                aria-label={t('quotes.decisionFor', { decision: word(), title: title() })}
                onClick={() => props.onDecide(d)}
              >
                {word()}
              </button>
            );
          }}
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
              <p class="muted">{t('quotes.deferNote', { date: dates.date(deferAt(c(), new Date(), host.zone())) })}</p>
            )}
          </Show>
        </fieldset>
      </Show>
    </article>
  );
}
