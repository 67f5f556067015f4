import { createResource, Match, Show, Switch } from 'solid-js';
import { verifyAuthorization } from '@shared/quotes/canonical.ts';
import type { AuthorizationRecord } from '@shared/quotes/authorization.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Card } from '../ui/card.tsx';
import { Icon } from '../ui/icon.tsx';
import { DecidedLines } from './decided-lines.tsx';
import { Totals } from './quote-bits.tsx';
import { useCenterDates } from './quote-host.tsx';

/**
 * The signed record exactly as stored (the center sees the same one): lines, prices, decisions,
 * totals, the signature, when, from which device, and the content hash checked on this device.
 */
export function RecordView(props: { record: AuthorizationRecord }) {
  const t = useT();
  const dates = useCenterDates();
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
      <Totals
        approvedFen={r().approvedTotalFen}
        deferredFen={r().deferredTotalFen}
        declinedFen={r().declinedTotalFen}
      />
      <Show when={r().acceptedRisk}>
        <p>
          <strong>
            {t('quotes.record.acceptedRisk')}
            {t('quotes.colon')}
          </strong>
          {r().acceptedRisk}
        </p>
      </Show>
      {/* A family member who decided for the owner's shared car (server/family/). */}
      <Show when={r().decidedBy}>
        {(by) => (
          <p class="muted" data-testid="acted-by">
            {t('quotes.record.decidedBy', { name: by().name })}
          </p>
        )}
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
        <dd>{dates.dateTime(r().signedAt)}</dd>
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
