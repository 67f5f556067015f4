/**
 * The read-only summaries: what changed between quote versions (so a revised price is never a
 * surprise) and what was decided (a decided link shows its record, never the form again).
 */
import type { LinkDecided } from '@shared/quotes/quote-link.schema.ts';
import type { LineChange } from '@shared/quotes/quote-view.schema.ts';
import { h, money, t, when } from './dom.ts';

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
