/**
 * What the customer chooses from: the three packages and the per-tier line list of a standard quote,
 * or the three MOT 9 options of a supplementary one. Each view only reports choices upward; the page
 * owns the state, so a re-render never loses a decision.
 */
import { deferAt, type DeferChoice } from '@shared/quotes/defer.ts';
import { decisionTotals, packagesOf } from '@shared/quotes/packages.ts';
import { MOT9_OPTIONS, QUOTE_TIERS } from '@shared/quotes/quote.constants.ts';
import type { LineDecision, Mot9Option, PackageChoice, PackageName } from '@shared/quotes/quote-codes.schema.ts';
import type { QuoteLine, QuoteView } from '@shared/quotes/quote-view.schema.ts';
import { getZone, h, money, t, when } from './dom.ts';
import { lineCard, lineTitle, price, proof } from './line-card.ts';

export function packagesView(lines: QuoteLine[], chosen: PackageChoice | null, onChoose: (p: PackageName) => void) {
  return h(
    'section',
    { class: 'a-packages' },
    h('h2', {}, t('packages')),
    h('p', { class: 'a-muted' }, t('packagesHint')),
    h(
      'div',
      { class: 'a-package-row' },
      ...packagesOf(lines).map((p) =>
        h(
          'button',
          {
            type: 'button',
            class: `a-package${p.advised ? ' a-advised' : ''}`,
            'aria-pressed': String(chosen === p.name),
            'data-package': p.name,
            onclick: () => onChoose(p.name),
          },
          p.advised ? h('span', { class: 'a-badge' }, t('advised')) : null,
          h('span', { class: 'a-package-name' }, t(`package.${p.name}`)),
          h('strong', {}, money(p.totalFen)),
          h('span', { class: 'a-muted' }, t('items', { n: p.lineKeys.length })),
        ),
      ),
    ),
  );
}

export function tiersView(
  lines: QuoteLine[],
  decisions: Record<string, LineDecision>,
  defers: Record<string, DeferChoice>,
  rerender: () => void,
) {
  const totals = decisionTotals(lines, decisions);
  return h(
    'div',
    {},
    ...QUOTE_TIERS.filter((tier) => lines.some((l) => l.tier === tier)).map((tier) =>
      h(
        'section',
        { class: `a-tier a-tier-${tier}` },
        h('h2', {}, `${t(`tier.${tier}`)} · `, h('span', { class: 'a-muted' }, t(`tierHint.${tier}`))),
        ...lines.filter((l) => l.tier === tier).map((l) => lineCard(l, decisions, defers, rerender)),
      ),
    ),
    h(
      'dl',
      { class: 'a-totals' },
      ...(['approved', 'deferred', 'declined'] as const).map((k) =>
        h('div', {}, h('dt', {}, t(`totals.${k}`)), h('dd', {}, money(totals[`${k}Fen`]))),
      ),
    ),
    totals.undecided ? h('p', { class: 'a-muted', role: 'status' }, t('undecided', { n: totals.undecided })) : null,
  );
}

export function optionsView(q: QuoteView, chosen: Mot9Option | null, onChoose: (o: Mot9Option) => void) {
  const risk = q.lines
    .map((l) => l.risk)
    .filter(Boolean)
    .join(' ');
  return h(
    'div',
    {},
    ...q.lines.map((l) => h('article', { class: 'a-card' }, h('h3', {}, lineTitle(l)), proof(l), price(l))),
    h(
      'fieldset',
      { class: 'a-options' },
      h('legend', {}, t('mot9.choose')),
      ...MOT9_OPTIONS.map((o) =>
        h(
          'label',
          { class: 'a-option', 'data-option': o },
          h('input', { type: 'radio', name: 'mot9', checked: chosen === o, onchange: () => onChoose(o) }),
          h(
            'span',
            {},
            h('strong', {}, t(`mot9.option.${o}`)),
            h(
              'span',
              { class: 'a-muted' },
              `${t(`mot9.hint.${o}`)}${o === 'keep_driving' ? risk : ''}${o === 'next_week' ? when(deferAt('next_week', new Date(), getZone()), false) : ''}`,
            ),
          ),
        ),
      ),
    ),
  );
}
