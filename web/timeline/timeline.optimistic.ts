import { ENTITIES } from '@shared/sync/entities.ts';
import type { EffectMap, ViewRow } from '../sync/optimistic.ts';

/** The delivery row as the screen reads it: `pendingKeys` names the checks confirmed on this device but not yet synced. */
export type DeliveryRow = ViewRow<typeof ENTITIES.delivery>;

// A confirmed check shows at once with the device's time; the server's time replaces it on sync.
export const timelineEffects = {
  'delivery.confirmCheck': (view, args, meta) => {
    const row = view.get(ENTITIES.delivery, args.visitId);
    if (!row) return;
    const { _pending, ...data } = row;
    const checks = data.checks.map((c) => (c.key === args.key && !c.confirmedAt ? { ...c, confirmedAt: meta.at } : c));
    view.put(ENTITIES.delivery, args.visitId, {
      ...data,
      checks,
      pendingKeys: [...(data.pendingKeys ?? []), args.key],
    });
  },
} satisfies EffectMap;
