/** The notification center's live read and its one action (mark read, through the outbox). */
import type { Notification } from '@shared/notifications/notification.schema.ts';
import { createRoot } from 'solid-js';
import { ENTITIES } from '@shared/sync/entities.ts';
import { enqueue } from '../sync/outbox.ts';
import { liveRecords } from '../sync/records.ts';

export const liveNotifications = () => liveRecords(ENTITIES.notification);
export const newestFirst = (rows: readonly Notification[]) =>
  [...rows].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
export const unread = (rows: readonly Notification[]) => rows.filter((n) => !n.readAt);

/** The tab bar's count: one live query for the whole app (the shell lives as long as the page). */
const unreadCount = createRoot(() => {
  const all = liveNotifications();
  return () => unread(all() ?? []).length;
});
export const liveUnreadCount = () => unreadCount;

export async function markRead(ids: readonly string[]) {
  for (let i = 0; i < ids.length; i += 200) await enqueue('notifications.markRead', { ids: ids.slice(i, i + 200) });
}
