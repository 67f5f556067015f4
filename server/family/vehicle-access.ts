/**
 * The one answer to "may this customer act on this vehicle, and how far?", used at every ownership
 * check (vehicles, booking, quotes, health record). The owner gets 'owner'; a family member with a
 * live membership gets their scope; everyone else gets null, which callers answer as 404, exactly
 * as for another customer's object. A caller that must explain a refusal to a former member (a
 * queued action after revocation) asks `endedAccess`.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { FamilyScope } from '@shared/family/family.schema.ts';
import { err, type Err } from '@shared/errors.ts';
import type { DbOrTx } from '../db/client.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { familyMembers } from './family.table.ts';

export type MemberAccess = {
  membershipId: string;
  ownerId: string;
  scope: FamilyScope;
  approveLimitFen: number;
};
export type VehicleAccess = 'owner' | MemberAccess | null;

export async function vehicleAccess(db: DbOrTx, customerId: string, vehicleId: string): Promise<VehicleAccess> {
  const [v] = await db.select({ customerId: vehicles.customerId }).from(vehicles).where(eq(vehicles.id, vehicleId));
  if (!v) return null;
  if (v.customerId === customerId) return 'owner';
  const [m] = await db
    .select()
    .from(familyMembers)
    .where(
      and(
        eq(familyMembers.vehicleId, vehicleId),
        eq(familyMembers.memberId, customerId),
        eq(familyMembers.status, 'active'),
      ),
    );
  return m ? { membershipId: m.id, ownerId: v.customerId, scope: m.scope, approveLimitFen: m.approveLimitFen } : null;
}

/** The customer on whose behalf records of this vehicle are written: the owner, whoever acts. */
export const ownerOf = (access: Exclude<VehicleAccess, null>, customerId: string) =>
  access === 'owner' ? customerId : access.ownerId;

export const mayBook = (access: VehicleAccess) => access === 'owner' || (access !== null && access.scope === 'book');

/**
 * Why a customer with no access is refused: a former member hears that the sharing ended (in words,
 * through the `family_ended` code); anyone else gets the plain not-found.
 */
export async function noAccess(db: DbOrTx, customerId: string, vehicleId: string, what = 'vehicle'): Promise<Err> {
  const [ended] = await db
    .select({ status: familyMembers.status })
    .from(familyMembers)
    .where(and(eq(familyMembers.vehicleId, vehicleId), eq(familyMembers.memberId, customerId)))
    .orderBy(desc(familyMembers.createdAt))
    .limit(1);
  return ended && ended.status !== 'active'
    ? err('family_ended', 'The owner no longer shares this vehicle with you.')
    : err('not_found', `No such ${what}.`);
}
