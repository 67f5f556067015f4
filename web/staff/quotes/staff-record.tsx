import { For, Show } from 'solid-js';
import type { StaffQuote } from '@shared/quotes/staff-quote.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { staffTime, yuanText } from './staff-quotes.ts';

type Record = StaffQuote['authorizations'][number];

/** The customer's signed record exactly as stored — the same record the customer's app shows. */
export function StaffRecord(props: { record: Record }) {
  const t = useT();
  const r = () => props.record;
  return (
    <div class="sq-record" data-testid="staff-authorization">
      <table class="staff-table">
        <tbody>
          <For each={r().lines}>
            {(l) => (
              <tr data-line={l.title} data-decision={l.decision}>
                <td>{t(`quotes.decision.${l.decision}`)}</td>
                <td>
                  {l.title}
                  <Show when={l.deferUntil}>
                    <span class="muted"> · {staffTime(l.deferUntil)}</span>
                  </Show>
                </td>
                <td>{yuanText(l.totalFen)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <p>
        {t('quotes.totals.approved')} <strong>{yuanText(r().approvedTotalFen)}</strong> · {t('quotes.totals.deferred')}{' '}
        {yuanText(r().deferredTotalFen)} · {t('quotes.totals.declined')} {yuanText(r().declinedTotalFen)}
      </p>
      <Show when={r().option}>
        {(o) => (
          <p>
            {t('quotes.record.option')}
            {t('quotes.colon')}
            <strong>{t(`quotes.mot9.option.${o()}`)}</strong>
            <Show when={r().acceptedRisk}>
              {' '}
              · {t('quotes.record.acceptedRisk')}
              {t('quotes.colon')}
              {r().acceptedRisk}
            </Show>
          </p>
        )}
      </Show>
      <dl class="sq-facts">
        <dt>{t('quotes.record.signature')}</dt>
        <dd>
          {r().signature.kind === 'typed' ? (
            <strong>{(r().signature as { name: string }).name}</strong>
          ) : (
            <img
              class="sq-drawn"
              src={(r().signature as { image: string }).image}
              alt={t('quotes.record.drawnSignature')}
            />
          )}
        </dd>
        <dt>{t('quotes.record.signedAt')}</dt>
        <dd>{staffTime(r().signedAt)}</dd>
        <dt>{t('quotes.record.version')}</dt>
        <dd>{t('quotes.version', { v: r().quoteVersion })}</dd>
        <dt>{t('quotes.record.channel')}</dt>
        <dd>{r().channel === 'link' ? t('quotes.record.channelLink') : t('quotes.record.channelApp')}</dd>
        <dt>{t('quotes.record.device')}</dt>
        <dd class="muted">{r().userAgent}</dd>
        <dt>{t('quotes.record.hash')}</dt>
        <dd>
          <code>{r().contentHash}</code> ·{' '}
          <strong class={r().hashVerified ? 'sq-ok' : 'error-text'}>
            {r().hashVerified ? t('quotes.staff.hashOk') : t('quotes.staff.hashBad')}
          </strong>
        </dd>
      </dl>
    </div>
  );
}
