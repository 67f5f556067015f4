/**
 * Publishes the customer's membership view to their devices, in the caller's transaction. Call it
 * with any change to their points or paid spend (a payment, a refund, an earn, a spend, an expiry).
 */
import { ENTITIES } from '@shared/sync/entities.ts';
import type { DbOrTx } from '../db/client.ts';
import { publish } from '../sync/publish.ts';
import { membershipView } from './membership.service.ts';

export async function publishMembership(tx: DbOrTx, customerId: string, now: Date) {
  const view = await membershipView(tx, customerId, now);
  if (view) await publish(tx, { customerId, entity: ENTITIES.membership, id: customerId, data: view });
  return view;
}
