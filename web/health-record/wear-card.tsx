import { createMemo, For, Show } from 'solid-js';
import { MEASURE_KINDS } from '@shared/health-record/record-codes.schema.ts';
import type { ReadingView } from '@shared/health-record/record-view.schema.ts';
import type { ComponentWear } from '@shared/health-record/health-summary.ts';
import { useT } from '../i18n/i18n.ts';
import { Card } from '../ui/card.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { componentName, measure, projectionText, uncertaintyText } from './record-words.ts';
import { WearChart } from './wear-chart.tsx';

/** Per kind of wear: the chart, then each component's projection in words, most urgent first. */
export function WearCard(props: { wear: ComponentWear[]; readings: ReadingView[] }) {
  const t = useT();
  const byComponent = createMemo(() => {
    const map = new Map<string, ReadingView[]>();
    for (const r of props.readings) map.set(r.component, [...(map.get(r.component) ?? []), r]);
    return map;
  });
  const groups = createMemo(() =>
    MEASURE_KINDS.map((kind) => ({ kind, items: props.wear.filter((w) => w.projection.kind === kind) }))
      .filter((g) => g.items.length > 0)
      // props.wear is most urgent first: the group holding the most urgent component comes first.
      .sort((a, b) => props.wear.indexOf(a.items[0]!) - props.wear.indexOf(b.items[0]!)),
  );
  return (
    <Card title={t('healthRecord.wear')} data-testid="wear-card">
      <p class="muted hr-small">{t('healthRecord.wearLead')}</p>
      <Show when={groups().length > 0} fallback={<EmptyState>{t('healthRecord.wearEmpty')}</EmptyState>}>
        <For each={groups()}>
          {(g) => (
            <section class="hr-wear-group" data-testid={`wear-${g.kind}`}>
              <h3>
                {t(`healthRecord.kind.${g.kind}` as 'healthRecord.kind.tread_mm')}{' '}
                <span class="muted hr-small">
                  {t(`healthRecord.kindLimit.${g.kind}` as 'healthRecord.kindLimit.tread_mm', {
                    v: measure(t, g.kind, g.items[0]!.projection.limit),
                  })}
                </span>
              </h3>
              <WearChart
                kind={g.kind}
                series={g.items.map((w) => ({ ...w, readings: byComponent().get(w.component) ?? [] }))}
              />
              <ul class="hr-projections">
                <For each={g.items}>
                  {(w) => (
                    <li data-testid={`projection-${w.component}`} data-status={w.projection.status}>
                      <strong>{componentName(t, w.component)}</strong>{' '}
                      <span class="muted">
                        {t('healthRecord.latest', { value: measure(t, g.kind, w.projection.last.value) })}
                      </span>
                      <p class="hr-projection-text">{projectionText(t, w.projection)}</p>
                      <For each={uncertaintyText(t, w.projection)}>
                        {(line) => <p class="muted hr-small">{line}</p>}
                      </For>
                    </li>
                  )}
                </For>
              </ul>
            </section>
          )}
        </For>
      </Show>
    </Card>
  );
}
