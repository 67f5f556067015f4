import { Show } from 'solid-js';
import type { QuoteOutdatedDetails } from '@shared/quotes/decide-args.schema.ts';
import type { LinkQuote } from '@shared/quotes/quote-link.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { RefusedCard, RevisionCard } from '../changes-card.tsx';
import { DecideQuote } from '../decide-quote.tsx';
import { type OnDecide, useCenterDates } from '../quote-host.tsx';

/**
 * An open quote on the link page: whose quote it is (the center, the car's model and masked plate —
 * nothing else of the customer), until when the link works, what changed, then the app's own decision.
 */
export function LinkQuotePage(props: { data: LinkQuote; outdated: QuoteOutdatedDetails | null; onDecide: OnDecide }) {
  const t = useT();
  const dates = useCenterDates();
  const q = () => props.data.quote;
  return (
    <main class="page a-page">
      <h1>{t('quotes.link.heading', { center: props.data.center.name })}</h1>
      <p>{t('quotes.link.car', { model: props.data.vehicle.model, plate: props.data.vehicle.plateMasked })}</p>
      <p class="muted">
        {q().title} · {t('quotes.version', { v: q().version })} ·{' '}
        {t('quotes.link.expires', { time: dates.dateTime(props.data.expiresAt) })}
      </p>
      <Show when={props.outdated}>
        {(d) => (
          <RefusedCard title={t('quotes.link.outdatedTitle')} message={t('quotes.refused.outdated')} outdated={d()} />
        )}
      </Show>
      <Show when={q().note}>
        <p class="q-note">{q().note}</p>
      </Show>
      <Show when={!props.outdated && q().revision}>{(r) => <RevisionCard revision={r()} />}</Show>
      <DecideQuote quote={q()} onDecide={props.onDecide} />
    </main>
  );
}
