import { useParams } from '@solidjs/router';
import { createMemo, For, Match, Show, Switch } from 'solid-js';
import type { AuthorizedLine } from '@shared/quotes/authorization.schema.ts';
import type { QuoteOutdatedDetails } from '@shared/quotes/decide-args.schema.ts';
import { centerZone, fmtDate, fmtDateTime } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { Card } from '../ui/card.tsx';
import { Page } from '../ui/page.tsx';
import { StatusPill } from '../ui/status-pill.tsx';
import { RefusedCard, RevisionCard } from './changes-card.tsx';
import { DecideQuote } from './decide-quote.tsx';
import { type OnDecide, QuoteHostProvider } from './quote-host.tsx';
import { DecidedLines } from './decided-lines.tsx';
import { RecordView } from './record-view.tsx';
import { SheetSigning } from './sign-sheet.tsx';
import {
  decide,
  dismiss,
  liveAuthorization,
  liveDeferrals,
  liveQuote,
  liveQuoteRefusal,
  type QuoteRow,
} from './quotes.store.ts';
import { MemberDiscountLine } from './member-discount-line.tsx';
import './quotes.css';

/** A decision signed on this device, shown from the outbox until the server's record arrives. */
function PendingRecord(props: { quote: QuoteRow }) {
  const t = useT();
  const lines = (): AuthorizedLine[] => {
    const d = props.quote.pendingDecision!;
    const byKey = new Map((d.decisions ?? []).map((x) => [x.lineKey, x]));
    return props.quote.lines.map((l) => {
      const x = byKey.get(l.key);
      const decision =
        x?.decision ?? (d.option === 'today' ? 'approve' : d.option === 'next_week' ? 'defer' : 'decline');
      return { ...l, totalFen: l.partsFen + l.labourFen, decision, deferUntil: x?.deferUntil ?? null };
    });
  };
  return (
    <Card title={t('quotes.record.title')} data-testid="pending-record">
      <StatusPill
        status="pending"
        labels={{ pending: t('sync.pendingBadge'), synced: t('sync.syncedBadge'), refused: t('sync.refusedBadge') }}
      />
      <DecidedLines lines={lines()} />
      <p class="muted">{t('quotes.record.pendingNote')}</p>
    </Card>
  );
}

/**
 * One quote (docs/ui.md moment 3). Status first; a refused decision explains itself with what changed;
 * then either the decision (packages and lines, or MOT 9's three options) or the signed record.
 */
export default function QuoteScreen() {
  const t = useT();
  const params = useParams();
  const quote = liveQuote(() => params.id);
  const refusal = liveQuoteRefusal(() => params.id);
  const record = liveAuthorization(() => quote()?.authorizationId ?? undefined);
  const deferrals = liveDeferrals(() => quote()?.vehicleId);
  const mine = createMemo(() => (deferrals() ?? []).filter((d) => d.quoteId === params.id));
  const outdated = () => (refusal()?.reason === 'quote_outdated' ? (refusal()!.details as QuoteOutdatedDetails) : null);

  // Queued in the outbox (offline too): the screen shows the decision at once, marked pending.
  const onDecide =
    (quoteId: string): OnDecide =>
    async (decision) => {
      await decide({ quoteId, ...decision, authorizationId: crypto.randomUUID() });
      return undefined;
    };

  const lead = () => {
    const q = quote();
    if (!q) return undefined;
    if (q.status === 'withdrawn')
      return q.withdrawnReason === 'visit_delivered' ? t('quotes.lead.withdrawnDelivered') : t('quotes.lead.withdrawn');
    if (q.status === 'decided' && q._pending) return t('quotes.lead.pending');
    if (q.status === 'decided') return t('quotes.lead.decided', { time: fmtDateTime(q.decidedAt ?? '') });
    if (outdated()) return t('quotes.lead.outdated', { v: q.version });
    return q.lines.length === 1 ? t('quotes.lead.waitingOne') : t('quotes.lead.waiting', { n: q.lines.length });
  };

  return (
    <QuoteHostProvider value={{ zone: centerZone, Signing: SheetSigning }}>
      <Page title={quote()?.title ?? t('quotes.title')} back="/quotes" backLabel={t('quotes.back')} lead={lead()}>
        <Show when={refusal()}>
          {(r) => (
            <RefusedCard
              message={
                outdated()
                  ? t('quotes.refused.outdated')
                  : t('quotes.refused.other', { reason: t(`errors.${r().reason ?? 'invalid'}` as 'errors.invalid') })
              }
              outdated={outdated()}
            >
              <Button variant="secondary" onClick={() => void dismiss(r().seq)}>
                {t('quotes.refused.dismiss')}
              </Button>
            </RefusedCard>
          )}
        </Show>
        <Show when={quote()} fallback={<p class="muted">{t('app.loading')}</p>}>
          {(q) => (
            <>
              <p class="muted">
                {t('quotes.version', { v: q().version })}
                <Show when={q().advisorName}> · {t('quotes.from', { name: q().advisorName! })}</Show>
              </p>
              <Show when={q().note}>
                <p class="q-note">{q().note}</p>
              </Show>
              <Show when={q().status === 'sent' && !outdated() && q().revision}>
                {(revision) => <RevisionCard revision={revision()} />}
              </Show>
              <MemberDiscountLine discount={q().memberDiscount} />
              <Switch>
                <Match when={q().status === 'decided' && record()}>{(r) => <RecordView record={r()} />}</Match>
                <Match when={q().status === 'decided' && q().pendingDecision}>
                  <PendingRecord quote={q()} />
                </Match>
                <Match when={q().status === 'sent'}>
                  <DecideQuote quote={q()} onDecide={onDecide(q().id)} />
                </Match>
              </Switch>
              <Show when={q().status === 'decided' && q().kind === 'supplementary'}>
                <p>{t('quotes.mot9.respected')}</p>
              </Show>
              <Show when={mine().length > 0}>
                <Card title={t('quotes.deferrals')} data-testid="deferrals">
                  <ul class="q-decided">
                    <For each={mine()}>
                      {(d) => (
                        <li data-deferral={d.title}>
                          <span class="q-tag q-tag-defer">{t(`quotes.deferralKind.${d.kind}`)}</span>
                          <span class="q-decided-title">{d.title}</span>
                          <span>{fmtDate(d.dueAt)}</span>
                        </li>
                      )}
                    </For>
                  </ul>
                </Card>
              </Show>
            </>
          )}
        </Show>
      </Page>
    </QuoteHostProvider>
  );
}
