import { useNavigate } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import type { Notification } from '@shared/notifications/notification.schema.ts';
import { fmtDateTime } from '../app/center.ts';
import { pick, useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { Icon } from '../ui/icon.tsx';
import { Page } from '../ui/page.tsx';
import { liveNotifications, markRead, newestFirst, unread } from './notifications.store.ts';
import './notifications.css';

/**
 * The "消息" tab: every notification, newest first, unread marked in words; each opens its screen. A
 * settled one (its quote decided or withdrawn) stays as history, marked 已处理, no longer a call to act.
 */
export default function NotificationsScreen() {
  const t = useT();
  const navigate = useNavigate();
  const all = liveNotifications();
  const rows = createMemo(() => newestFirst(all() ?? []));
  const unreadIds = () => unread(rows()).map((n) => n.id);
  const open = async (n: Notification) => {
    if (!n.readAt) await markRead([n.id]);
    if (n.link) navigate(n.link);
  };
  return (
    <Page
      title={t('notifications.title')}
      lead={
        all.ready()
          ? unreadIds().length
            ? unreadIds().length === 1
              ? t('notifications.leadUnreadOne')
              : t('notifications.leadUnread', { n: unreadIds().length })
            : t('notifications.leadAllRead')
          : undefined
      }
      actions={
        <Show when={unreadIds().length > 0}>
          <Button variant="ghost" onClick={() => void markRead(unreadIds())} data-testid="mark-all-read">
            {t('notifications.markAll')}
          </Button>
        </Show>
      }
    >
      <Show when={all.ready()} fallback={<p class="muted">{t('app.loading')}</p>}>
        <Show when={rows().length > 0} fallback={<EmptyState>{t('notifications.empty')}</EmptyState>}>
          <ul class="inbox">
            <For each={rows()}>
              {(n) => (
                <li>
                  <button
                    type="button"
                    class={`inbox-item ${n.readAt ? '' : 'inbox-unread'} ${n.settledAt ? 'inbox-settled' : ''}`}
                    data-testid="notification"
                    data-kind={n.kind}
                    data-settled={n.settledAt ? 'yes' : 'no'}
                    onClick={() => void open(n)}
                  >
                    <span class="inbox-head">
                      <Show when={!n.readAt}>
                        <span class="inbox-dot" aria-hidden="true" />
                        <span class="inbox-unread-word">{t('notifications.unread')}</span>
                      </Show>
                      <strong class="inbox-title">{pick(n.title.zh, n.title.en)}</strong>
                    </span>
                    <span class="inbox-body">{pick(n.body.zh, n.body.en)}</span>
                    <span class="inbox-meta">
                      <time dateTime={n.createdAt}>{fmtDateTime(n.createdAt)}</time>
                      <Show when={n.settledAt}>
                        <span class="pill" data-testid="notification-settled">
                          <Icon name="check" size={14} /> {t('notifications.settled')}
                        </span>
                      </Show>
                      <Show when={n.link && !n.settledAt}>
                        <span class="inbox-open">
                          {t('notifications.open')} <Icon name="chevron" size={16} />
                        </span>
                      </Show>
                    </span>
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </Page>
  );
}
