import { ok } from '@shared/errors.ts';
import type { MutatorMap } from '../sync/mutators.ts';
import { markRead } from './notify.ts';

export const notificationMutators = {
  'notifications.markRead': async ({ tx, customerId, now }, args) => {
    const read = await markRead(tx, customerId, args.ids, now);
    return ok({ read: read.length });
  },
} satisfies MutatorMap;
