/**
 * Priority booking on the slot picker: the days a member sees only because of their tier (the server
 * decides which: the answer's lastDate and priorityDays), and a sentence saying so.
 */
import type { SlotsResponse } from '@shared/booking/slot.schema.ts';
import { addDays } from '@shared/time.ts';
import { Show } from 'solid-js';
import { useT } from '../i18n/i18n.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { liveSingle } from '../sync/records.ts';

/** True for a date that only the customer's tier opens (after everyone else's last bookable date). */
export const isPriorityDay = (body: SlotsResponse | undefined, date: string) =>
  !!body?.lastDate && !!body.priorityDays && date > addDays(body.lastDate, -body.priorityDays);

export function PriorityNote(props: { body: SlotsResponse | undefined }) {
  const t = useT();
  const m = liveSingle(ENTITIES.membership);
  return (
    <Show when={props.body?.priorityDays}>
      {(days) => (
        <p class="slot-member-priority" data-testid="member-priority">
          {t('membership.booking.priority', {
            tier: m() ? t(`membership.tierShort.${m()!.tier.code}`) : '',
            days: days(),
          })}
        </p>
      )}
    </Show>
  );
}
