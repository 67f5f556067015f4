import { ENTITIES } from '@shared/sync/entities.ts';
import type { EffectMap } from '../../sync/optimistic.ts';
import type { BillRow } from './bill.store.ts';

// The request shows on the bill at once with the device's time; the server's time replaces it on sync.
export const billEffects = {
  'bill.requestFapiao': (view, args, meta) => {
    const row = view.get(ENTITIES.bill, args.visitId) as BillRow | undefined;
    if (!row) return;
    const { _pending, ...data } = row;
    view.put(ENTITIES.bill, args.visitId, {
      ...data,
      fapiao: { title: args.title, email: args.email, requestedAt: meta.at },
    });
  },
} satisfies EffectMap;
