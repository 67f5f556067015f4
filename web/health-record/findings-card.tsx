import { createMemo, createSignal, For, Show } from 'solid-js';
import { compareFindings } from '@shared/health-record/grading.ts';
import type { FindingView } from '@shared/health-record/record-view.schema.ts';
import type { VisitView } from '@shared/health-record/visit-view.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Card } from '../ui/card.tsx';
import { Button } from '../ui/button.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { FindingItem } from './finding-item.tsx';

const FIRST = 20;

/** Every finding of the car: open ones first, most severe first; fixed ones link to the visit that fixed them. */
export function FindingsCard(props: { findings: FindingView[]; visits: VisitView[] }) {
  const t = useT();
  const sorted = createMemo(() =>
    [...props.findings].sort((a, b) => compareFindings(a, b) || b.createdAt.localeCompare(a.createdAt)),
  );
  // A long history (hundreds of findings) shows the most important first and the rest on request.
  const [all, setAll] = createSignal(false);
  const shown = createMemo(() => (all() ? sorted() : sorted().slice(0, FIRST)));
  const visitDate = (id: string | null) => (id ? props.visits.find((v) => v.id === id)?.checkedInAt : undefined);
  return (
    <Card title={t('healthRecord.findings')} data-testid="findings-card">
      <p class="muted hr-small">{t('healthRecord.findingsLead')}</p>
      <Show when={sorted().length > 0} fallback={<EmptyState>{t('healthRecord.findingsEmpty')}</EmptyState>}>
        <ul class="hr-findings">
          <For each={shown()}>{(f) => <FindingItem finding={f} fixedAt={visitDate(f.fixedInVisitId)} />}</For>
        </ul>
        <Show when={!all() && sorted().length > FIRST}>
          <Button variant="secondary" block onClick={() => setAll(true)} class="hr-no-print">
            {t('healthRecord.showAllFindings', { n: sorted().length })}
          </Button>
        </Show>
      </Show>
    </Card>
  );
}
