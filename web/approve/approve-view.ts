/** The link page's views, built from the same shared rules as the app (packages, totals, deferral times). */
import { DEFER_CHOICES, type DeferChoice, deferAt } from '@shared/quotes/defer.ts';
import { decisionTotals, packagesOf } from '@shared/quotes/packages.ts';
import { LINE_DECISIONS, MOT9_OPTIONS, QUOTE_TIERS } from '@shared/quotes/quote.constants.ts';
import type {
  LineChange,
  LineDecision,
  LinkDecided,
  Mot9Option,
  PackageChoice,
  PackageName,
  QuoteLine,
  QuoteView,
} from '@shared/quotes/quote.schema.ts';
import { getZone, h, lang, money, t, when } from './dom.ts';

const title = (l: { title: string; titleEn?: string | null }) => (lang === 'en' && l.titleEn ? l.titleEn : l.title);

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

function proof(l: QuoteLine) {
  const f = l.finding;
  if (!f) return null;
  return h(
    'div',
    { class: 'a-finding' },
    h(
      'p',
      {},
      h('span', { class: `a-grade a-grade-${f.grade}` }, t(`grade.${f.grade}`)),
      ` ${t('finding')}${t('colon')}${f.note}`,
    ),
    l.photos.length
      ? h(
          'div',
          { class: 'a-photos' },
          ...l.photos.map((p) =>
            h(
              'a',
              { href: p.url, target: '_blank', rel: 'noopener' },
              h('img', { src: p.thumbUrl, alt: p.caption ?? f.component, width: 96, height: 72, loading: 'lazy' }),
            ),
          ),
        )
      : null,
  );
}

const price = (l: QuoteLine) =>
  h(
    'p',
    { class: 'a-price' },
    h('span', { class: 'a-muted' }, `${t('parts')} ${money(l.partsFen)} · ${t('labour')} ${money(l.labourFen)}`),
    h('strong', {}, money(l.partsFen + l.labourFen)),
  );

function lineCard(
  l: QuoteLine,
  decisions: Record<string, LineDecision>,
  defers: Record<string, DeferChoice>,
  rerender: () => void,
) {
  const d = decisions[l.key];
  return h(
    'article',
    { class: 'a-card a-line', 'data-line': l.title, 'data-decision': d ?? '' },
    h('h3', {}, title(l)),
    proof(l),
    l.consequence ? h('p', {}, h('strong', {}, `${t('ifSkip')}${t('colon')}`), l.consequence) : null,
    l.benefit ? h('p', {}, h('strong', {}, `${t('ifDo')}${t('colon')}`), l.benefit) : null,
    price(l),
    h(
      'div',
      { class: 'a-decide', role: 'group' },
      ...LINE_DECISIONS.map((x) =>
        h(
          'button',
          {
            type: 'button',
            class: `a-choice a-${x}`,
            'aria-pressed': String(d === x),
            onclick: () => {
              decisions[l.key] = x;
              rerender();
            },
          },
          t(`decision.${x}`),
        ),
      ),
    ),
    d === 'defer'
      ? h(
          'fieldset',
          { class: 'a-defer' },
          h('legend', {}, t('deferWhen')),
          ...DEFER_CHOICES.map((c) =>
            h(
              'label',
              { class: 'a-radio' },
              h('input', {
                type: 'radio',
                name: `defer-${l.key}`,
                checked: defers[l.key] === c,
                onchange: () => {
                  defers[l.key] = c;
                  rerender();
                },
              }),
              t(`deferChoice.${c}`),
            ),
          ),
          defers[l.key]
            ? h(
                'p',
                { class: 'a-muted' },
                t('deferNote', { date: when(deferAt(defers[l.key]!, new Date(), getZone()), false) }),
              )
            : null,
        )
      : null,
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
    ...q.lines.map((l) => h('article', { class: 'a-card' }, h('h3', {}, title(l)), proof(l), price(l))),
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

export function changesList(changes: LineChange[], before: number, after: number) {
  return h(
    'div',
    {},
    h(
      'ul',
      { class: 'a-list' },
      ...changes.map((c) =>
        h(
          'li',
          { 'data-change': c.kind },
          h('span', { class: `a-tag a-tag-${c.kind}` }, t(`changes.${c.kind}`)),
          h('span', {}, c.title),
          h(
            'span',
            {},
            c.beforeFen !== null ? h('s', {}, money(c.beforeFen)) : null,
            c.afterFen !== null ? ` ${money(c.afterFen)}` : null,
          ),
        ),
      ),
    ),
    h('p', {}, h('strong', {}, `${t('changes.total')} `, h('s', {}, money(before)), ` → ${money(after)}`)),
  );
}

export function decidedView(d: LinkDecided, fresh: boolean) {
  return h(
    'main',
    { class: 'a-page a-message', 'data-state': fresh ? 'done' : 'decided' },
    h('h1', {}, fresh ? t('link.doneTitle') : t('link.decidedTitle')),
    h('p', {}, fresh ? t('link.doneBody') : t('link.decidedBody', { time: when(d.decidedAt) })),
    d.option ? h('p', {}, h('strong', {}, t(`mot9.option.${d.option}`))) : null,
    h(
      'ul',
      { class: 'a-list', 'data-testid': 'link-record' },
      ...d.lines.map((l) =>
        h(
          'li',
          { 'data-line': l.title, 'data-decision': l.decision },
          h('span', { class: `a-tag a-tag-${l.decision}` }, t(`decision.${l.decision}`)),
          h(
            'span',
            {},
            l.title,
            l.deferUntil ? h('span', { class: 'a-muted' }, ` · ${when(l.deferUntil, false)}`) : null,
          ),
          h('span', {}, money(l.totalFen)),
        ),
      ),
    ),
    h(
      'dl',
      { class: 'a-totals' },
      h('div', {}, h('dt', {}, t('totals.approved')), h('dd', {}, money(d.approvedTotalFen))),
      h('div', {}, h('dt', {}, t('totals.deferred')), h('dd', {}, money(d.deferredTotalFen))),
      h('div', {}, h('dt', {}, t('totals.declined')), h('dd', {}, money(d.declinedTotalFen))),
    ),
    fresh && d.option ? h('p', {}, t('mot9.respected')) : null,
    h('p', { class: 'a-muted' }, t('link.hashLabel', { hash: d.contentHash.slice(0, 16) })),
  );
}
