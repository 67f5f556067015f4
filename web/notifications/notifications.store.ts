/** The notification center's live read and its one action (mark read, through the outbox). */
import type { Notification } from '@shared/notifications/notification.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { enqueue } from '../sync/outbox.ts';
import { liveRecords } from '../sync/records.ts';

export const liveNotifications = () => liveRecords<Notification>(ENTITIES.notification);
export const newestFirst = (rows: readonly Notification[]) =>
  [...rows].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
export const unread = (rows: readonly Notification[]) => rows.filter((n) => !n.readAt);

export async function markRead(ids: readonly string[]) {
  for (let i = 0; i < ids.length; i += 200) await enqueue('notifications.markRead', { ids: ids.slice(i, i + 200) });
}
