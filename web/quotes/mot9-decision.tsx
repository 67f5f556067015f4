import { createSignal, For, Show } from 'solid-js';
import { deferAt } from '@shared/quotes/defer.ts';
import { totalsOf } from '@shared/quotes/packages.ts';
import type { Signature } from '@shared/quotes/authorization.schema.ts';
import type { Mot9Option } from '@shared/quotes/quote-codes.schema.ts';
import type { QuoteView } from '@shared/quotes/quote-view.schema.ts';
import { MOT9_OPTIONS } from '@shared/quotes/quote.constants.ts';
import { pick, useT } from '../i18n/i18n.ts';
import { Card } from '../ui/card.tsx';
import { FindingProof, Fen, Price } from './quote-bits.tsx';
import { type OnDecide, useCenterDates, useQuoteHost } from './quote-host.tsx';

/**
 * A mid-repair finding (MOT 9): the finding with its proof and price, and three options — today,
 * next week (a proposed booking), keep driving with the stated risk. None is pre-selected.
 */
export function Mot9Decision(props: { quote: QuoteView; onDecide: OnDecide }) {
  const t = useT();
  const host = useQuoteHost();
  const dates = useCenterDates();
  const [option, setOption] = createSignal<Mot9Option | null>(null);
  const risk = () =>
    props.quote.lines
      .map((l) => l.risk)
      .filter(Boolean)
      .join(' ');
  const total = () => totalsOf(props.quote.lines).totalFen;
  const sign = (signature: Signature) =>
    props.onDecide({
      version: props.quote.version,
      option: option()!,
      signature,
      clientAt: new Date().toISOString(),
    });
  return (
    <>
      <p>{t('quotes.mot9.intro')}</p>
      <For each={props.quote.lines}>
        {(line) => (
          <Card title={pick(line.title, line.titleEn)}>
            <FindingProof line={line} />
            <Price line={line} />
          </Card>
        )}
      </For>
      <fieldset class="q-options">
        <legend>{t('quotes.mot9.choose')}</legend>
        <For each={MOT9_OPTIONS}>
          {(o) => (
            <label class="q-option" data-option={o}>
              <input type="radio" name="mot9" checked={option() === o} onChange={() => setOption(o)} />
              <span>
                <strong>{t(`quotes.mot9.option.${o}`)}</strong>
                <span class="muted">
                  {t(`quotes.mot9.hint.${o}`)}
                  {o === 'keep_driving' ? risk() : ''}
                  {o === 'next_week' ? dates.date(deferAt('next_week', new Date(), host.zone())) : ''}
                </span>
              </span>
            </label>
          )}
        </For>
      </fieldset>
      <div class="q-footer">
        <host.Signing
          ready={option() !== null}
          summary={() => (
            <Show when={option()}>
              {(o) => (
                <p class="q-summary">
                  <strong>{t(`quotes.mot9.option.${o()}`)}</strong> · <Fen fen={total()} />
                </p>
              )}
            </Show>
          )}
          onSign={sign}
        />
      </div>
    </>
  );
}
