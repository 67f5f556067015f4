// Read at once, on this device and (after sync) on the others.
import type { MarkReadArgs } from '@shared/notifications/notification.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { registerOptimistic } from '../sync/optimistic.ts';

registerOptimistic<MarkReadArgs>('notifications.markRead', (view, args, meta) => {
  for (const id of args.ids) {
    const row = view.get(ENTITIES.notification, id);
    if (row && !row.readAt) view.put(ENTITIES.notification, id, { ...row, readAt: meta.at });
  }
});
