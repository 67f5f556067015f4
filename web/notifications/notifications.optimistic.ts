import { ENTITIES } from '@shared/sync/entities.ts';
import type { EffectMap } from '../sync/optimistic.ts';

export const notificationEffects = {
  'notifications.markRead': (view, args, meta) => {
    for (const id of args.ids) {
      const row = view.get(ENTITIES.notification, id);
      if (row && !row.readAt) view.put(ENTITIES.notification, id, { ...row, readAt: meta.at });
    }
  },
} satisfies EffectMap;
