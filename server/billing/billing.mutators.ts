import type { MutatorMap } from '../sync/mutators.ts';
import { requestFapiao } from './fapiao.service.ts';

/** Customer side of the final bill: the receipt (发票) request, recorded with the server's time. */
export const billingMutators = {
  'bill.requestFapiao': async ({ tx, customerId, now, clientId }, args) =>
    requestFapiao(tx, customerId, args, now, clientId),
} satisfies MutatorMap;
