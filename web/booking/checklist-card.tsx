import { For, Show } from 'solid-js';
import type { Checklist } from '@shared/booking/booking.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Card } from '../ui/card.tsx';
import { Icon } from '../ui/icon.tsx';

/** The prep checklist (seed 003): what to bring, what the customer mentioned, what the center prepares. */
export function ChecklistCard(props: { checklist: Checklist }) {
  const t = useT();
  return (
    <Card title={t('booking.checklist.title')} class="checklist" data-testid="checklist">
      <h3>{t('booking.checklist.bring')}</h3>
      <ul>
        <For each={props.checklist.documents}>
          {(d) => (
            <li>
              <Icon name="check" size={16} />{' '}
              {t(`booking.checklist.documents.${d}` as 'booking.checklist.documents.car_key')}
            </li>
          )}
        </For>
      </ul>
      <Show when={props.checklist.issues.length > 0}>
        <h3>{t('booking.checklist.yourIssues')}</h3>
        <ul>
          <For each={props.checklist.issues}>
            {(line) => (
              <li>
                <Icon name="wrench" size={16} /> {line}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <h3>{t('booking.checklist.wePrepare')}</h3>
      <ul>
        <For each={props.checklist.centerPrepares}>
          {(p) => (
            <li>
              <Icon name="check" size={16} />{' '}
              {t(`booking.checklist.prepares.${p}` as 'booking.checklist.prepares.bay_reserved')}
            </li>
          )}
        </For>
      </ul>
    </Card>
  );
}
