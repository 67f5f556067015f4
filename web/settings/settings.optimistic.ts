import { ENTITIES } from '@shared/sync/entities.ts';
import type { EffectMap } from '../sync/optimistic.ts';

// A preference change shows at once: merge the changed fields into the mirrored preferences row.
export const settingsEffects = {
  'preferences.set': (view, args) => {
    for (const row of view.list(ENTITIES.preferences)) {
      const { _pending, ...data } = row;
      view.put(ENTITIES.preferences, String(row.id), { ...data, ...args });
    }
  },
} satisfies EffectMap;
