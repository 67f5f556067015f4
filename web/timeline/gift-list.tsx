import { For, Show } from 'solid-js';
import type { Compensation } from '@shared/timeline/timeline.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Icon } from '../ui/icon.tsx';
import { giftLabel } from './timeline-text.ts';

/** What the center offers for a delay or an early finish (seed 003), each with the gift icon. */
export function GiftList(props: { items: readonly Compensation[]; lead: string }) {
  const t = useT();
  return (
    <Show when={props.items.length > 0}>
      <p class="tl-gifts-lead">{props.lead}</p>
      <ul class="tl-gifts">
        <For each={props.items}>
          {(c) => (
            <li>
              <Icon name="gift" size={18} /> {giftLabel(t, c)}
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
