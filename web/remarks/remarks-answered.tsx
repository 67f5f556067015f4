import { createMemo, For, Show } from 'solid-js';
import { answerOfVisit, type AnswerStatus } from '@shared/remarks/remark.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Card } from '../ui/card.tsx';
import { Icon, type IconName } from '../ui/icon.tsx';
import { byRaised, liveRemarks } from './remarks.store.ts';
import './remarks.css';

const ICON: Record<AnswerStatus, IconName> = { fixed: 'check', checked: 'check', still_open: 'clock' };

/**
 * The delivery summary's "what you mentioned": every remark this visit answered, with the advisor's
 * answer in an icon and a word (never colour alone) and their note. A separate section so the summary's
 * other sections merge apart.
 */
export function RemarksAnswered(props: { vehicleId: string; visitId: string }) {
  const t = useT();
  const remarks = liveRemarks(() => props.vehicleId);
  const answered = createMemo(() =>
    byRaised(remarks() ?? []).flatMap((r) => {
      const a = answerOfVisit(r, props.visitId);
      return a ? [{ r, a }] : [];
    }),
  );
  return (
    <Show when={answered().length > 0}>
      <Card title={t('remarks.answered.title')} class="rm-answered" data-testid="remarks-answered">
        <p class="muted">{t('remarks.answered.lead')}</p>
        <ul class="rm-list">
          <For each={answered()}>
            {({ r, a }) => (
              <li data-testid="answered-remark" data-status={a.status}>
                <span class="rm-text">{r.text}</span>
                <strong class={`rm-status rm-${a.status}`}>
                  <Icon name={ICON[a.status]} /> {t(`remarks.status.${a.status}` as 'remarks.status.fixed')}
                </strong>
                <Show when={a.note}>{(note) => <p class="rm-note">{note()}</p>}</Show>
                <span class="muted rm-meta">{t('remarks.answered.by', { name: a.by })}</span>
              </li>
            )}
          </For>
        </ul>
        <Show when={answered().some(({ a }) => a.status === 'still_open')}>
          <p class="muted">{t('remarks.answered.stillOpen')}</p>
        </Show>
      </Card>
    </Show>
  );
}

export default RemarksAnswered;
