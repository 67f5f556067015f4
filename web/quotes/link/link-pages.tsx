/** The link page's pages other than the open quote: a refused link, and a decided quote's record. */
import { Show } from 'solid-js';
import type { LinkDecided } from '@shared/quotes/quote-link.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { Totals } from '../quote-bits.tsx';
import { useCenterDates } from '../quote-host.tsx';
import { DecidedLines } from '../decided-lines.tsx';
import { Button, LinkButton } from '../../ui/button.tsx';

export type Refusal = 'invalid' | 'expired' | 'gone' | 'network';

/** The center's phone as a call button: whatever went wrong, a person can help. */
function CallCenter(props: { phone: string | null }) {
  const t = useT();
  return (
    <Show when={props.phone}>
      {(phone) => (
        <LinkButton variant="secondary" block href={`tel:${phone().replace(/[^\d+]/g, '')}`}>
          {t('quotes.link.call', { phone: phone() })}
        </LinkButton>
      )}
    </Show>
  );
}

export function MessagePage(props: { refusal: Refusal; phone: string | null; retry: () => void }) {
  const t = useT();
  const words = () => `quotes.link.${props.refusal}` as const;
  return (
    <main class="page a-page a-message" data-state={props.refusal}>
      <h1>{t(`${words()}Title`)}</h1>
      <p>{t(`${words()}Body`)}</p>
      <Show when={props.refusal === 'network'}>
        <Button block onClick={() => props.retry()}>
          {t('quotes.link.retry')}
        </Button>
      </Show>
      <CallCenter phone={props.phone} />
    </main>
  );
}

/** A decided quote shows what was decided (just now, or earlier), never the form again. */
export function DecidedPage(props: { decided: LinkDecided; fresh: boolean; phone: string | null }) {
  const t = useT();
  const dates = useCenterDates();
  const d = () => props.decided;
  return (
    <main class="page a-page a-message" data-state={props.fresh ? 'done' : 'decided'}>
      <h1>{props.fresh ? t('quotes.link.doneTitle') : t('quotes.link.decidedTitle')}</h1>
      <p>
        {props.fresh
          ? t('quotes.link.doneBody')
          : t('quotes.link.decidedBody', { time: dates.dateTime(d().decidedAt) })}
      </p>
      <Show when={d().option}>
        {(o) => (
          <p>
            <strong>{t(`quotes.mot9.option.${o()}`)}</strong>
          </p>
        )}
      </Show>
      <DecidedLines lines={d().lines} data-testid="link-record" />
      <Totals
        approvedFen={d().approvedTotalFen}
        deferredFen={d().deferredTotalFen}
        declinedFen={d().declinedTotalFen}
      />
      <Show when={props.fresh && d().option}>
        <p>{t('quotes.mot9.respected')}</p>
      </Show>
      <p class="muted">{t('quotes.link.hashLabel', { hash: d().contentHash.slice(0, 16) })}</p>
      <CallCenter phone={props.phone} />
    </main>
  );
}
