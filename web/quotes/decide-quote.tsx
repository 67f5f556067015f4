import { Show } from 'solid-js';
import type { QuoteView } from '@shared/quotes/quote-view.schema.ts';
import { Mot9Decision } from './mot9-decision.tsx';
import type { OnDecide } from './quote-host.tsx';
import { QuoteDecision } from './quote-decision.tsx';

/** The decision a sent quote asks for: MOT 9's three options for a mid-repair finding, else packages and lines. */
export function DecideQuote(props: { quote: QuoteView; onDecide: OnDecide }) {
  return (
    <Show
      when={props.quote.kind === 'supplementary'}
      fallback={<QuoteDecision quote={props.quote} onDecide={props.onDecide} />}
    >
      <Mot9Decision quote={props.quote} onDecide={props.onDecide} />
    </Show>
  );
}
