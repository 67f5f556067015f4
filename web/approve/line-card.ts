/**
 * One quote line as the customer weighs it: the finding and photos that justify it, its price, and
 * the approve / decline / defer buttons. The tier list and the MOT 9 view both show lines this way,
 * so the evidence reads the same whichever kind of quote was sent.
 */
import { DEFER_CHOICES, type DeferChoice, deferAt } from '@shared/quotes/defer.ts';
import { LINE_DECISIONS } from '@shared/quotes/quote.constants.ts';
import type { LineDecision } from '@shared/quotes/quote-codes.schema.ts';
import type { QuoteLine } from '@shared/quotes/quote-view.schema.ts';
import { getZone, h, lang, money, t, when } from './dom.ts';

export const lineTitle = (l: { title: string; titleEn?: string | null }) =>
  lang === 'en' && l.titleEn ? l.titleEn : l.title;

export function proof(l: QuoteLine) {
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

export const price = (l: QuoteLine) =>
  h(
    'p',
    { class: 'a-price' },
    h('span', { class: 'a-muted' }, `${t('parts')} ${money(l.partsFen)} · ${t('labour')} ${money(l.labourFen)}`),
    h('strong', {}, money(l.partsFen + l.labourFen)),
  );

export function lineCard(
  l: QuoteLine,
  decisions: Record<string, LineDecision>,
  defers: Record<string, DeferChoice>,
  rerender: () => void,
) {
  const d = decisions[l.key];
  return h(
    'article',
    { class: 'a-card a-line', 'data-line': l.title, 'data-decision': d ?? '' },
    h('h3', {}, lineTitle(l)),
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
