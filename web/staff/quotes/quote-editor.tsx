import { createSignal, For, Index, Show } from 'solid-js';
import { createStore, produce } from 'solid-js/store';
import type { QuoteTier } from '@shared/quotes/quote-codes.schema.ts';
import { QUOTE_TIERS } from '@shared/quotes/quote.constants.ts';
import type { LineInput, StaffVisitQuotes } from '@shared/quotes/staff-quote.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { toFen, toYuan, yuanText } from './staff-quotes.ts';

type Finding = StaffVisitQuotes['findings'][number];
type Draft = {
  key?: string;
  tier: QuoteTier;
  title: string;
  titleEn: string;
  parts: string;
  labour: string;
  findingId: string | null;
  consequence: string;
  benefit: string;
  risk: string;
  serviceCode: string;
};

export type EditorValue = { title: string; note: string; reason: string; lines: LineInput[] };

const blank = (tier: QuoteTier = 'recommended'): Draft => ({
  tier,
  title: '',
  titleEn: '',
  parts: '0',
  labour: '0',
  findingId: null,
  consequence: '',
  benefit: '',
  risk: '',
  serviceCode: '',
});

export const draftOf = (l: LineInput & { finding?: { id: string } | null }): Draft => ({
  key: l.key,
  tier: l.tier,
  title: l.title,
  titleEn: l.titleEn ?? '',
  parts: toYuan(l.partsFen),
  labour: toYuan(l.labourFen),
  findingId: l.findingId ?? l.finding?.id ?? null,
  consequence: l.consequence ?? '',
  benefit: l.benefit ?? '',
  risk: l.risk ?? '',
  serviceCode: l.serviceCode ?? '',
});

/** Lines of a quote, built from the visit's findings or typed in; prices typed in yuan, sent in fen. */
export function QuoteEditor(props: {
  findings: readonly Finding[];
  supplementary: boolean;
  revising: boolean;
  initial: { title: string; note: string; lines: Draft[] };
  busy: boolean;
  submitLabel: string;
  onSubmit: (value: EditorValue) => void;
}) {
  const t = useT();
  const [title, setTitle] = createSignal(props.initial.title);
  const [note, setNote] = createSignal(props.initial.note);
  const [reason, setReason] = createSignal('');
  const [lines, setLines] = createStore<Draft[]>(props.initial.lines.length ? props.initial.lines : [blank()]);
  const total = () => lines.reduce((a, l) => a + toFen(l.parts) + toFen(l.labour), 0);
  const fromFinding = (f: Finding) =>
    setLines(lines.length, {
      ...blank(props.supplementary ? 'required' : f.suggestedTier),
      title: f.component,
      findingId: f.id,
      consequence: f.recommendation,
    });
  const submit = (e: Event) => {
    e.preventDefault();
    props.onSubmit({
      title: title(),
      note: note(),
      reason: reason(),
      lines: lines.map((l) => ({
        ...(l.key ? { key: l.key } : {}),
        tier: l.tier,
        title: l.title,
        titleEn: l.titleEn || null,
        partsFen: toFen(l.parts),
        labourFen: toFen(l.labour),
        findingId: l.findingId,
        consequence: l.consequence || null,
        benefit: l.benefit || null,
        risk: l.risk || null,
        serviceCode: l.serviceCode || null,
      })),
    });
  };
  const text = (i: number, field: keyof Draft, label: string, long = false) =>
    long ? (
      <label>
        <span>{label}</span>
        <textarea
          class="input"
          rows="2"
          value={String(lines[i]![field] ?? '')}
          onInput={(e) => setLines(i, field, e.currentTarget.value as never)}
        />
      </label>
    ) : (
      <label>
        <span>{label}</span>
        <input
          class="input"
          value={String(lines[i]![field] ?? '')}
          onInput={(e) => setLines(i, field, e.currentTarget.value as never)}
        />
      </label>
    );
  /** Parts and labour are typed as yuan text (two decimals); fen only where totals are computed. */
  const yuan = (i: number, field: 'parts' | 'labour', label: string) => (
    <label>
      <span>{label}</span>
      <input
        class="input"
        type="number"
        min="0"
        step="0.01"
        inputmode="decimal"
        value={lines[i]![field]}
        onInput={(e) => setLines(i, field, e.currentTarget.value)}
      />
    </label>
  );
  return (
    <form class="sq-form" onSubmit={submit} data-testid="quote-editor">
      <label>
        <span>{t('quotes.staff.quoteTitle')}</span>
        <input
          class="input"
          name="title"
          required
          maxlength="120"
          value={title()}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
      </label>
      <label>
        <span>{t('quotes.staff.note')}</span>
        <input
          class="input"
          name="note"
          maxlength="1000"
          value={note()}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </label>
      <Show when={props.revising}>
        <label>
          <span>{t('quotes.staff.reason')}</span>
          <input
            class="input"
            name="reason"
            maxlength="400"
            value={reason()}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
        </label>
      </Show>
      <Show when={props.findings.length > 0}>
        <div class="row" role="group" aria-label={t('quotes.staff.fromFinding')}>
          <span class="muted">
            {t('quotes.staff.fromFinding')}
            {t('quotes.colon')}
          </span>
          <For each={props.findings}>
            {(f) => (
              <button type="button" class="btn btn-secondary" onClick={() => fromFinding(f)}>
                + {f.component}
              </button>
            )}
          </For>
        </div>
      </Show>
      <Index each={lines}>
        {(line, i) => (
          <fieldset class="sq-line" data-testid="editor-line">
            <div class="sq-line-grid">
              <label>
                <span>{t('quotes.staff.tier')}</span>
                <select
                  class="input"
                  value={line().tier}
                  onChange={(e) => setLines(i, 'tier', e.currentTarget.value as QuoteTier)}
                >
                  <For each={QUOTE_TIERS}>{(tier) => <option value={tier}>{t(`quotes.tier.${tier}`)}</option>}</For>
                </select>
              </label>
              {text(i, 'title', t('quotes.staff.lineTitle'))}
              {text(i, 'titleEn', t('quotes.staff.titleEn'))}
              {yuan(i, 'parts', t('quotes.staff.partsYuan'))}
              {yuan(i, 'labour', t('quotes.staff.labourYuan'))}
              <label>
                <span>{t('quotes.finding')}</span>
                <select
                  class="input"
                  value={line().findingId ?? ''}
                  onChange={(e) => setLines(i, 'findingId', e.currentTarget.value || null)}
                >
                  <option value="" selected={!line().findingId}>
                    —
                  </option>
                  {/* `selected` per option: the select's value is set before its options exist, so
                      a kept link would otherwise show as "—". */}
                  <For each={props.findings}>
                    {(f) => (
                      <option value={f.id} selected={f.id === line().findingId}>
                        {f.fromEarlierVisit
                          ? t('quotes.staff.earlierFinding', { component: f.component })
                          : f.component}
                      </option>
                    )}
                  </For>
                </select>
              </label>
              {text(i, 'serviceCode', t('quotes.staff.serviceCode'))}
            </div>
            {props.supplementary ? text(i, 'risk', t('quotes.staff.risk'), true) : null}
            {text(i, 'consequence', t('quotes.staff.consequence'), true)}
            {text(i, 'benefit', t('quotes.staff.benefit'), true)}
            <button type="button" class="btn btn-ghost" onClick={() => setLines(produce((l) => l.splice(i, 1)))}>
              {t('quotes.staff.removeLine')}
            </button>
          </fieldset>
        )}
      </Index>
      <div class="row sq-head">
        <button type="button" class="btn btn-secondary" onClick={() => setLines(lines.length, blank())}>
          {t('quotes.staff.addLine')}
        </button>
        <strong>
          {t('quotes.staff.total')} {yuanText(total())}
        </strong>
        <button type="submit" class="btn btn-primary" disabled={props.busy || lines.length === 0}>
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
