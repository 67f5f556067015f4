import { createResource, For, Match, Show, Switch } from 'solid-js';
import { verifyAuthorization } from '@shared/quotes/canonical.ts';
import type { AuthorizationRecord, AuthorizedLine } from '@shared/quotes/authorization.schema.ts';
import { fmtDate, fmtDateTime } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { Card } from '../ui/card.tsx';
import { Icon } from '../ui/icon.tsx';
import { Fen } from './quote-bits.tsx';

/** Each decided line with its price and the customer's decision (and when, for a deferral). */
export function DecidedLines(props: { lines: readonly AuthorizedLine[] }) {
  const t = useT();
  return (
    <ul class="q-decided">
      <For each={props.lines}>
        {(l) => (
          <li data-line={l.title} data-decision={l.decision}>
            <span class={`q-tag q-tag-${l.decision}`}>{t(`quotes.decision.${l.decision}`)}</span>
            <span class="q-decided-title">
              {l.title}
              <Show when={l.deferUntil}>
                {(d) => <span class="muted"> · {t('quotes.record.deferredTo', { date: fmtDate(d()) })}</span>}
              </Show>
            </span>
            <Fen fen={l.totalFen} />
          </li>
        )}
      </For>
    </ul>
  );
}

/**
 * The signed record exactly as stored (the center sees the same one): lines, prices, decisions,
 * totals, the signature, when, from which device, and the content hash checked on this device.
 */
export function RecordView(props: { record: AuthorizationRecord }) {
  const t = useT();
  const [verified] = createResource(() => props.record, verifyAuthorization);
  const r = () => props.record;
  return (
    <Card title={t('quotes.record.title')} class="q-record" data-testid="authorization-record">
      <Show when={r().option}>
        {(o) => (
          <p>
            <strong>
              {t('quotes.record.option')}
              {t('quotes.colon')}
            </strong>
            {t(`quotes.mot9.option.${o()}`)}
          </p>
        )}
      </Show>
      <DecidedLines lines={r().lines} />
      <dl class="q-totals">
        <div>
          <dt>{t('quotes.totals.approved')}</dt>
          <dd data-testid="approved-total">
            <Fen fen={r().approvedTotalFen} />
          </dd>
        </div>
        <div>
          <dt>{t('quotes.totals.deferred')}</dt>
          <dd>
            <Fen fen={r().deferredTotalFen} />
          </dd>
        </div>
        <div>
          <dt>{t('quotes.totals.declined')}</dt>
          <dd>
            <Fen fen={r().declinedTotalFen} />
          </dd>
        </div>
      </dl>
      <Show when={r().acceptedRisk}>
        <p>
          <strong>
            {t('quotes.record.acceptedRisk')}
            {t('quotes.colon')}
          </strong>
          {r().acceptedRisk}
        </p>
      </Show>
      <dl class="q-facts">
        <dt>{t('quotes.record.signature')}</dt>
        <dd>
          {r().signature.kind === 'typed' ? (
            <span class="q-typed-name">{(r().signature as { name: string }).name}</span>
          ) : (
            <img
              class="q-drawn"
              src={(r().signature as { image: string }).image}
              alt={t('quotes.record.drawnSignature')}
            />
          )}
        </dd>
        <dt>{t('quotes.record.signedAt')}</dt>
        <dd>{fmtDateTime(r().signedAt)}</dd>
        <dt>{t('quotes.record.version')}</dt>
        <dd>{t('quotes.version', { v: r().quoteVersion })}</dd>
        <dt>{t('quotes.record.channel')}</dt>
        <dd>{r().channel === 'link' ? t('quotes.record.channelLink') : t('quotes.record.channelApp')}</dd>
        <dt>{t('quotes.record.device')}</dt>
        <dd class="q-ua">{r().userAgent}</dd>
        <dt>{t('quotes.record.hash')}</dt>
        <dd>
          <code>{r().contentHash.slice(0, 16)}…</code>
        </dd>
      </dl>
      <Switch fallback={<p class="muted">{t('quotes.record.checking')}</p>}>
        <Match when={verified() === true}>
          <p class="q-verified" data-testid="hash-verified">
            <Icon name="check" size={16} /> {t('quotes.record.verified')}
          </p>
        </Match>
        <Match when={verified() === false}>
          <p class="q-problem" role="alert">
            {t('quotes.record.notVerified')}
          </p>
        </Match>
      </Switch>
    </Card>
  );
}
