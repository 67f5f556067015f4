import type { MutatorMap } from '../sync/mutators.ts';
import { createShareLink, revokeShareLink } from './share-link.service.ts';

/** The customer's own actions on the health record: making and revoking share links. */
export const healthRecordMutators = {
  'shareLink.create': ({ tx, customerId, now, deps }, args) => createShareLink(tx, deps.secret, customerId, args, now),
  'shareLink.revoke': ({ tx, customerId, now }, args) => revokeShareLink(tx, customerId, args.id, now),
} satisfies MutatorMap;
