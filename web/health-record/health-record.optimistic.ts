import { ENTITIES } from '@shared/sync/entities.ts';
import type { EffectMap } from '../sync/optimistic.ts';

export const healthRecordEffects = {
  'shareLink.create': (view, args, meta) => {
    const { token: _secret, ...rest } = args;
    view.put(
      ENTITIES.shareLink,
      args.id,
      { ...rest, label: args.label ?? null, createdAt: meta.at, revokedAt: null },
      args.vehicleId,
    );
  },

  'shareLink.revoke': (view, args, meta) => {
    const row = view.get(ENTITIES.shareLink, args.id);
    if (row) view.put(ENTITIES.shareLink, args.id, { ...row, revokedAt: meta.at });
  },
} satisfies EffectMap;
