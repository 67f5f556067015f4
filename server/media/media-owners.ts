/**
 * What a staff upload (POST /api/staff/media) may attach a photo to. Each feature registers its owner
 * kinds in server/app.ts with `registerMediaOwners({...})`: a resolver that finds the owner within the
 * staff member's center (null → 404) and says whose photo it is, and how to republish the owner's
 * view row after the photo is saved (same transaction), so the customer's open app shows it live.
 *
 *   registerMediaOwners({
 *     timeline_event: async (db, ownerId, centerId) => ({ customerId, vehicleId, republish: (tx) => publishEvent(tx, ownerId) }),
 *   });
 */
import type { DbOrTx } from '../db/client.ts';

export type MediaOwner = { customerId: string; vehicleId: string; republish: (tx: DbOrTx) => Promise<unknown> };
export type MediaOwnerResolver = (db: DbOrTx, ownerId: string, centerId: string) => Promise<MediaOwner | null>;

const resolvers = new Map<string, MediaOwnerResolver>();

export function registerMediaOwners(map: Record<string, MediaOwnerResolver>) {
  for (const [kind, resolve] of Object.entries(map)) resolvers.set(kind, resolve);
}

export const mediaOwnerResolver = (kind: string) => resolvers.get(kind);
export const mediaOwnerKinds = () => [...resolvers.keys()];
