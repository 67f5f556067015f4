// Share links appear (and show revoked) at once, marked pending until the server confirms.
import type { CreateShareLinkArgs } from '@shared/health-record/share-link.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { registerOptimistic } from '../sync/optimistic.ts';

registerOptimistic<CreateShareLinkArgs>('shareLink.create', (view, args, meta) => {
  const { token: _secret, ...rest } = args;
  view.put(
    ENTITIES.shareLink,
    args.id,
    { ...rest, label: args.label ?? null, createdAt: meta.at, revokedAt: null },
    args.vehicleId,
  );
});

registerOptimistic<{ id: string }>('shareLink.revoke', (view, args, meta) => {
  const row = view.get(ENTITIES.shareLink, args.id);
  if (row) view.put(ENTITIES.shareLink, args.id, { ...row, revokedAt: meta.at });
});
