import { createMemo, For, Show } from 'solid-js';
import { isOpenRemark } from '@shared/remarks/remark.schema.ts';
import { fmtDate } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { Card } from '../ui/card.tsx';
import { byRaised, liveRemarks } from './remarks.store.ts';
import './remarks.css';

/**
 * "上次您提到…": the car's open remarks, shown where the customer books (seed 002, touch point 8 — the
 * second visit continues the first). Nothing shows when nothing is open.
 */
export function OpenRemarksCard(props: { vehicleId: string | undefined }) {
  const t = useT();
  const remarks = liveRemarks(() => props.vehicleId);
  const open = createMemo(() => byRaised((remarks() ?? []).filter(isOpenRemark)));
  return (
    <Show when={open().length > 0}>
      <Card title={t('remarks.open.title')} class="rm-open" data-testid="open-remarks">
        <p class="muted">{t('remarks.open.lead')}</p>
        <ul class="rm-list">
          <For each={open()}>
            {(r) => (
              <li data-testid="open-remark">
                <span class="rm-text">{r.text}</span>
                <span class="muted rm-meta">
                  {t('remarks.open.raised', {
                    date: fmtDate(r.raisedAt),
                    source: t(`remarks.source.${r.source}` as 'remarks.source.booking'),
                  })}
                  <Show when={r.status === 'still_open'}> · {t('remarks.status.still_open')}</Show>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Card>
    </Show>
  );
}

export default OpenRemarksCard;
