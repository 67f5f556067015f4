/**
 * The owner's view of a vehicle's family, and the two ways an access ends: the owner revokes it, or
 * the member leaves. Ending writes the deletes into the member's log in the same transaction, so the
 * member's open app is poked (live stream) and drops the vehicle on its pull at once, and from the
 * commit on every check (vehicle-access.ts) refuses the member's queued actions with `family_ended`.
 */
import { and, asc, eq, gt } from 'drizzle-orm';
import { FAMILY_MAX_MEMBERS, type VehicleFamily } from '@shared/family/family.schema.ts';
import { err, ok, type Result } from '@shared/errors.ts';
import { customers } from '../customers/customer.table.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { dropFromMember } from './family-mirror.ts';
import { familyInvitations, familyMembers } from './family.table.ts';
import { invitationView, memberView } from './family.views.ts';

export async function vehicleFamily(
  db: DbOrTx,
  ownerId: string,
  vehicleId: string,
  now: Date,
): Promise<VehicleFamily | null> {
  const [v] = await db.select({ owner: vehicles.customerId }).from(vehicles).where(eq(vehicles.id, vehicleId));
  if (!v || v.owner !== ownerId) return null;
  const members = await db
    .select({ m: familyMembers, name: customers.name, phone: customers.phone })
    .from(familyMembers)
    .innerJoin(customers, eq(customers.id, familyMembers.memberId))
    .where(and(eq(familyMembers.vehicleId, vehicleId), eq(familyMembers.status, 'active')))
    .orderBy(asc(familyMembers.createdAt));
  const invitations = await db
    .select()
    .from(familyInvitations)
    .where(
      and(
        eq(familyInvitations.vehicleId, vehicleId),
        eq(familyInvitations.status, 'pending'),
        gt(familyInvitations.expiresAt, now),
      ),
    )
    .orderBy(asc(familyInvitations.createdAt));
  return {
    vehicleId,
    members: members.map((r) => memberView(r.m, r)),
    invitations: invitations.map(invitationView),
    maxMembers: FAMILY_MAX_MEMBERS,
  };
}

async function end(
  db: Db,
  membershipId: string,
  now: Date,
  allowed: (m: typeof familyMembers.$inferSelect) => boolean,
  status: 'revoked' | 'left',
): Promise<Result<{ id: string; status: 'revoked' | 'left' }>> {
  return db.transaction(async (tx) => {
    const [peek] = await tx.select().from(familyMembers).where(eq(familyMembers.id, membershipId));
    if (!peek || !allowed(peek)) return err('not_found', 'No such family member.');
    await tx.select({ id: vehicles.id }).from(vehicles).where(eq(vehicles.id, peek.vehicleId)).for('update');
    const [m] = await tx.select().from(familyMembers).where(eq(familyMembers.id, membershipId)).for('update');
    // Already ended (a repeat tap, or both sides at once): answer how it ended.
    if (m?.status !== 'active') return ok({ id: membershipId, status: m?.status === 'left' ? 'left' : 'revoked' });
    await tx.update(familyMembers).set({ status, endedAt: now }).where(eq(familyMembers.id, m.id));
    await dropFromMember(tx, m.memberId, m.vehicleId, m.id);
    return ok({ id: m.id, status });
  });
}

/** The owner ends a member's access (at once, also for the member's open app and queued actions). */
export const revokeMember = (db: Db, ownerId: string, membershipId: string, now: Date) =>
  end(db, membershipId, now, (m) => m.ownerId === ownerId, 'revoked');

/** The member ends their own access. */
export const leaveShare = (db: Db, memberId: string, membershipId: string, now: Date) =>
  end(db, membershipId, now, (m) => m.memberId === memberId, 'left');
