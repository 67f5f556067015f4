import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { type DeferChoice, deferAt } from '@shared/quotes/defer.ts';
import { discountOnChosen } from '@shared/membership/discount.ts';
import { decisionsForPackage, decisionTotals, packageChoiceOf } from '@shared/quotes/packages.ts';
import type { LineDecision } from '@shared/quotes/quote-codes.schema.ts';
import type { QuoteView } from '@shared/quotes/quote-view.schema.ts';
import { QUOTE_TIERS } from '@shared/quotes/quote.constants.ts';
import { useT } from '../i18n/i18n.ts';
import { pluralOf } from '../i18n/plural.ts';
import { LineCard } from './line-card.tsx';
import { PackageCards } from './package-cards.tsx';
import { Fen, Totals } from './quote-bits.tsx';
import { type OnDecide, useQuoteHost } from './quote-host.tsx';

/**
 * Deciding a tiered quote: the packages, the lines by tier with a free choice each (do / skip /
 * later, and when), the running totals, and signing. A new version resets the choices: a decision
 * is always about the version on screen.
 */
export function QuoteDecision(props: { quote: QuoteView; onDecide: OnDecide }) {
  const t = useT();
  const host = useQuoteHost();
  const [decisions, setDecisions] = createSignal<Record<string, LineDecision>>({});
  const [deferChoices, setDeferChoices] = createSignal<Record<string, DeferChoice>>({});
  createEffect(
    on(
      () => props.quote.version,
      () => {
        setDecisions({});
        setDeferChoices({});
      },
    ),
  );
  const lines = () => props.quote.lines;
  const totals = createMemo(() => decisionTotals(lines(), decisions()));
  const approvedDiscount = () =>
    discountOnChosen(
      props.quote.memberDiscount,
      lines().filter((l) => decisions()[l.key] === 'approve'),
    );
  const chosen = () => (Object.keys(decisions()).length ? packageChoiceOf(lines(), decisions()) : null);
  const missingTime = () => lines().filter((l) => decisions()[l.key] === 'defer' && !deferChoices()[l.key]).length;
  const ready = () => totals().undecided === 0 && missingTime() === 0;

  const sign = (signature: Parameters<OnDecide>[0]['signature']) => {
    const now = new Date();
    return props.onDecide({
      version: props.quote.version,
      packageChoice: packageChoiceOf(lines(), decisions()),
      decisions: lines().map((l) => {
        const d = decisions()[l.key]!;
        return d === 'defer'
          ? { lineKey: l.key, decision: d, deferUntil: deferAt(deferChoices()[l.key]!, now, host.zone()) }
          : { lineKey: l.key, decision: d };
      }),
      signature,
      clientAt: now.toISOString(),
    });
  };

  const summary = () => (
    <>
      <Totals
        approvedFen={totals().approvedFen}
        deferredFen={totals().deferredFen}
        declinedFen={totals().declinedFen}
      />
      <Show when={approvedDiscount() > 0}>
        <dl class="q-totals">
          <div data-testid="member-discount-approved">
            <dt>{t('membership.discount.approved')}</dt>
            <dd>
              −<Fen fen={approvedDiscount()} />
            </dd>
          </div>
        </dl>
      </Show>
    </>
  );

  return (
    <>
      <PackageCards lines={lines()} chosen={chosen()} onChoose={(p) => setDecisions(decisionsForPackage(lines(), p))} />
      <For each={QUOTE_TIERS}>
        {(tier) => (
          <Show when={lines().some((l) => l.tier === tier)}>
            <section class={`q-tier q-tier-${tier}`} aria-labelledby={`q-tier-${tier}`}>
              <h2 id={`q-tier-${tier}`}>
                {t(`quotes.tier.${tier}`)} <span class="muted">· {t(`quotes.tierHint.${tier}`)}</span>
              </h2>
              <For each={lines().filter((l) => l.tier === tier)}>
                {(line) => (
                  <LineCard
                    line={line}
                    decision={decisions()[line.key]}
                    deferChoice={deferChoices()[line.key]}
                    onDecide={(d) => setDecisions({ ...decisions(), [line.key]: d })}
                    onDeferChoice={(c) => setDeferChoices({ ...deferChoices(), [line.key]: c })}
                  />
                )}
              </For>
            </section>
          </Show>
        )}
      </For>
      <div class="q-footer">
        {summary()}
        <Show when={!ready()}>
          <p class="muted" role="status">
            {t(`quotes.undecided.${pluralOf(totals().undecided + missingTime())}`, {
              n: totals().undecided + missingTime(),
            })}
          </p>
        </Show>
        <host.Signing ready={ready()} summary={summary} onSign={sign} />
      </div>
    </>
  );
}
