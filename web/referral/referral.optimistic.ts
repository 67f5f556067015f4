import { ENTITIES } from '@shared/sync/entities.ts';
import type { EffectMap } from '../sync/optimistic.ts';

// The chosen form of address shows at once; a link not made yet shows without a code until the server answers.
export const referralEffects = {
  'referral.setup': (view, args, meta) => {
    const [row] = view.list(ENTITIES.referralLink);
    if (row) {
      const { _pending, ...data } = row;
      view.put(ENTITIES.referralLink, String(row.id), { ...data, ...args });
    } else view.put(ENTITIES.referralLink, 'pending', { id: 'pending', code: null, createdAt: meta.at, ...args });
  },
} satisfies EffectMap;
