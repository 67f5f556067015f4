/**
 * The newest unread referral notice ("您的朋友李女士已预约…"), at the top of the referral screen: it
 * appears live, the moment the server publishes it. Read from the mirror like the 消息 tab; it stays
 * until the customer reads it there.
 */
import { Show } from 'solid-js';
import { ENTITIES } from '@shared/sync/entities.ts';
import { pick } from '../i18n/i18n.ts';
import { Icon } from '../ui/icon.tsx';
import { liveRecords } from '../sync/records.ts';

export function FriendNotice() {
  const all = liveRecords(ENTITIES.notification);
  const newest = () =>
    (all() ?? [])
      .filter((n) => n.kind === 'referral' && !n.readAt)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return (
    <div role="status" aria-live="polite">
      <Show when={newest()}>
        {(n) => (
          <section class="card ref-notice" data-testid="referral-notice">
            <Icon name="gift" size={24} />
            <div>
              <strong>{pick(n().title.zh, n().title.en)}</strong>
              <p>{pick(n().body.zh, n().body.en)}</p>
            </div>
          </section>
        )}
      </Show>
    </div>
  );
}
