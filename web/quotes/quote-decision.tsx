import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { type DeferChoice, deferAt } from '@shared/quotes/defer.ts';
import { decisionsForPackage, decisionTotals, packageChoiceOf } from '@shared/quotes/packages.ts';
import type { Signature } from '@shared/quotes/authorization.schema.ts';
import type { LineDecision } from '@shared/quotes/quote-codes.schema.ts';
import { QUOTE_TIERS } from '@shared/quotes/quote.constants.ts';
import { centerZone } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { LineCard } from './line-card.tsx';
import { PackageCards } from './package-cards.tsx';
import { Fen } from './quote-bits.tsx';
import { SignSheet } from './sign-sheet.tsx';
import { decide, type QuoteRow } from './quotes.store.ts';

/**
 * Deciding a tiered quote: the packages, the lines by tier with a free choice each (do / skip /
 * later, and when), the running totals, and signing. A new version resets the choices: a decision
 * is always about the version on screen.
 */
export function QuoteDecision(props: { quote: QuoteRow }) {
  const t = useT();
  const [decisions, setDecisions] = createSignal<Record<string, LineDecision>>({});
  const [deferChoices, setDeferChoices] = createSignal<Record<string, DeferChoice>>({});
  const [signing, setSigning] = createSignal(false);
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
  const chosen = () => (Object.keys(decisions()).length ? packageChoiceOf(lines(), decisions()) : null);
  const missingTime = () => lines().filter((l) => decisions()[l.key] === 'defer' && !deferChoices()[l.key]).length;
  const ready = () => totals().undecided === 0 && missingTime() === 0;

  const sign = (signature: Signature) => {
    const now = new Date();
    void decide({
      quoteId: props.quote.id,
      version: props.quote.version,
      packageChoice: packageChoiceOf(lines(), decisions()),
      decisions: lines().map((l) => {
        const d = decisions()[l.key]!;
        return d === 'defer'
          ? { lineKey: l.key, decision: d, deferUntil: deferAt(deferChoices()[l.key]!, now, centerZone()) }
          : { lineKey: l.key, decision: d };
      }),
      signature,
      authorizationId: crypto.randomUUID(),
      clientAt: now.toISOString(),
    });
    setSigning(false);
  };

  const summary = () => (
    <dl class="q-totals">
      <For each={['approved', 'deferred', 'declined'] as const}>
        {(k) => (
          <div>
            <dt>{t(`quotes.totals.${k}`)}</dt>
            <dd>
              <Fen fen={totals()[`${k}Fen`]} />
            </dd>
          </div>
        )}
      </For>
    </dl>
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
            {t('quotes.undecided', { n: totals().undecided + missingTime() })}
          </p>
        </Show>
        <Button block disabled={!ready()} onClick={() => setSigning(true)}>
          {t('quotes.sign')}
        </Button>
      </div>
      <SignSheet open={signing()} onOpenChange={setSigning} summary={summary()} onSign={sign} />
    </>
  );
}
