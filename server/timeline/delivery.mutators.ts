import type { MutatorMap } from '../sync/mutators.ts';
import { confirmCheck } from './delivery.service.ts';

/** Customer side of the delivery summary: confirming a verification check, recorded with the server's time. */
export const deliveryMutators = {
  'delivery.confirmCheck': async ({ tx, customerId, now, clientId }, args) =>
    confirmCheck(tx, customerId, args, now, clientId),
} satisfies MutatorMap;
