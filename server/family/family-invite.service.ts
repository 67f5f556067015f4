/**
 * Inviting a family member to one vehicle and the invitation's life: pending for a day, cancelled by
 * the owner, or accepted by the invitee with the texted code (the sign-in code machinery and its
 * limits). Accepting locks the vehicle row, so concurrent accepts are counted one at a time against
 * the member limit.
 */
import { and, count, eq, gt } from 'drizzle-orm';
import {
  FAMILY_INVITE_TTL_MS,
  FAMILY_MAX_MEMBERS,
  FAMILY_MAX_PENDING,
  type FamilyInvitation,
  type IncomingInvitation,
  type InviteFamily,
} from '@shared/family/family.schema.ts';
import { err, ok, type Result } from '@shared/errors.ts';
import { requestCode } from '../auth/otp.service.ts';
import type { SmsSender } from '../auth/sms.ts';
import { customers } from '../customers/customer.table.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { copyToMember } from './family-mirror.ts';
import { familyInvitations, familyMembers } from './family.table.ts';
import { invitationView, shareView } from './family.views.ts';

export type CodeCtx = { db: Db; secret: string; sms: SmsSender; now: Date; ip: string };

const activeCount = async (tx: DbOrTx, vehicleId: string) =>
  (
    await tx
      .select({ n: count() })
      .from(familyMembers)
      .where(and(eq(familyMembers.vehicleId, vehicleId), eq(familyMembers.status, 'active')))
  )[0]?.n ?? 0;

const lockVehicle = async (tx: DbOrTx, id: string) =>
  (await tx.select().from(vehicles).where(eq(vehicles.id, id)).for('update'))[0];

const customerRow = async (db: DbOrTx, id: string) =>
  (await db.select().from(customers).where(eq(customers.id, id)))[0];

export async function inviteFamily(
  ctx: CodeCtx,
  ownerId: string,
  input: InviteFamily,
): Promise<Result<FamilyInvitation>> {
  const owner = await customerRow(ctx.db, ownerId);
  if (!owner) return err('not_found', 'No such vehicle.');
  if (owner.phone === input.phone) return err('invalid', 'phone: this is your own number.');
  if (input.scope === 'view' && input.approveLimitFen > 0)
    return err('invalid', 'approveLimitFen: a view-only member cannot approve quotes.');
  const made = await ctx.db.transaction(async (tx): Promise<Result<typeof familyInvitations.$inferSelect>> => {
    const vehicle = await lockVehicle(tx, input.vehicleId);
    if (!vehicle || vehicle.customerId !== ownerId) return err('not_found', 'No such vehicle.');
    if ((await activeCount(tx, vehicle.id)) >= FAMILY_MAX_MEMBERS) return err('family_full');
    const [already] = await tx
      .select({ id: familyMembers.id })
      .from(familyMembers)
      .innerJoin(customers, eq(customers.id, familyMembers.memberId))
      .where(
        and(
          eq(familyMembers.vehicleId, vehicle.id),
          eq(familyMembers.status, 'active'),
          eq(customers.phone, input.phone),
        ),
      );
    if (already) return err('conflict', 'This number already shares the vehicle.');
    // A new invitation to the same number replaces the pending one.
    await tx
      .update(familyInvitations)
      .set({ status: 'cancelled', endedAt: ctx.now })
      .where(
        and(
          eq(familyInvitations.vehicleId, vehicle.id),
          eq(familyInvitations.phone, input.phone),
          eq(familyInvitations.status, 'pending'),
        ),
      );
    const [pending] = await tx
      .select({ n: count() })
      .from(familyInvitations)
      .where(
        and(
          eq(familyInvitations.vehicleId, vehicle.id),
          eq(familyInvitations.status, 'pending'),
          gt(familyInvitations.expiresAt, ctx.now),
        ),
      );
    if ((pending?.n ?? 0) >= FAMILY_MAX_PENDING)
      return err('rate_limited', 'Too many open invitations for this vehicle; cancel one first.');
    const [row] = await tx
      .insert(familyInvitations)
      .values({
        vehicleId: vehicle.id,
        ownerId,
        phone: input.phone,
        scope: input.scope,
        approveLimitFen: input.scope === 'book' ? input.approveLimitFen : 0,
        createdAt: ctx.now,
        expiresAt: new Date(ctx.now.getTime() + FAMILY_INVITE_TTL_MS),
      })
      .returning();
    return ok(row!);
  });
  if (!made.ok) return made;
  const sent = await requestCode(ctx, input.phone, ctx.ip, 'family');
  if (!sent.ok) {
    // No code, no invitation: the owner is told the limit and may try again later.
    await ctx.db.delete(familyInvitations).where(eq(familyInvitations.id, made.value.id));
    return sent;
  }
  return ok(invitationView(made.value));
}

export async function cancelInvitation(
  db: Db,
  ownerId: string,
  id: string,
  now: Date,
): Promise<Result<FamilyInvitation>> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(familyInvitations).where(eq(familyInvitations.id, id)).for('update');
    if (!row || row.ownerId !== ownerId) return err('not_found', 'No such invitation.');
    if (row.status !== 'pending' || row.expiresAt <= now)
      return err('conflict', 'This invitation is no longer pending.');
    const [done] = await tx
      .update(familyInvitations)
      .set({ status: 'cancelled', endedAt: now })
      .where(eq(familyInvitations.id, id))
      .returning();
    return ok(invitationView(done!));
  });
}

/** The invitations waiting for the signed-in customer's number at their center. */
export async function incomingInvitations(db: DbOrTx, customerId: string, now: Date): Promise<IncomingInvitation[]> {
  const me = await customerRow(db, customerId);
  if (!me) return [];
  const rows = await db
    .select({ inv: familyInvitations, owner: customers.name, plate: vehicles.plate, model: vehicles.model })
    .from(familyInvitations)
    .innerJoin(customers, eq(customers.id, familyInvitations.ownerId))
    .innerJoin(vehicles, eq(vehicles.id, familyInvitations.vehicleId))
    .where(
      and(
        eq(familyInvitations.phone, me.phone),
        eq(familyInvitations.status, 'pending'),
        gt(familyInvitations.expiresAt, now),
        eq(customers.centerId, me.centerId),
      ),
    );
  return rows.map((r) => ({
    id: r.inv.id,
    ownerName: r.owner,
    vehicle: { plate: r.plate, model: r.model },
    scope: r.inv.scope,
    approveLimitFen: r.inv.approveLimitFen,
    expiresAt: r.inv.expiresAt.toISOString(),
  }));
}

/** The invitee's own open invitation, or null (anyone else's is indistinguishable from missing). */
export async function ownInvitation(db: DbOrTx, customerId: string, id: string, now: Date) {
  const list = await incomingInvitations(db, customerId, now);
  return list.find((i) => i.id === id) ?? null;
}

/** The accept itself, after the code was checked: at most FAMILY_MAX_MEMBERS, however many race. */
export async function acceptInvitation(
  db: Db,
  customerId: string,
  invitationId: string,
  now: Date,
): Promise<Result<{ membershipId: string; vehicleId: string }>> {
  return db.transaction(async (tx) => {
    const me = await customerRow(tx, customerId);
    const [peek] = await tx.select().from(familyInvitations).where(eq(familyInvitations.id, invitationId));
    if (!me || !peek || peek.phone !== me.phone) return err('not_found', 'No such invitation.');
    // The vehicle first, then the invitation: every writer of a vehicle's family takes them in this order.
    const vehicle = await lockVehicle(tx, peek.vehicleId);
    const [inv] = await tx.select().from(familyInvitations).where(eq(familyInvitations.id, invitationId)).for('update');
    if (!vehicle || !inv || vehicle.customerId !== inv.ownerId) return err('not_found', 'No such invitation.');
    const owner = await customerRow(tx, inv.ownerId);
    if (!owner || owner.centerId !== me.centerId) return err('not_found', 'No such invitation.');
    if (inv.status === 'accepted' && inv.memberId === customerId) {
      const [m] = await tx.select().from(familyMembers).where(eq(familyMembers.invitationId, inv.id));
      if (m?.status === 'active') return ok({ membershipId: m.id, vehicleId: m.vehicleId });
    }
    if (inv.status !== 'pending') return err('gone', 'This invitation is no longer open.');
    if (inv.expiresAt <= now) return err('gone', 'This invitation has expired; ask for a new one.');
    if (customerId === inv.ownerId) return err('invalid', 'You own this vehicle.');
    if ((await activeCount(tx, vehicle.id)) >= FAMILY_MAX_MEMBERS) return err('family_full');
    const [existing] = await tx
      .select({ id: familyMembers.id })
      .from(familyMembers)
      .where(
        and(
          eq(familyMembers.vehicleId, vehicle.id),
          eq(familyMembers.memberId, customerId),
          eq(familyMembers.status, 'active'),
        ),
      );
    if (existing) return err('conflict', 'You already share this vehicle.');
    const [member] = await tx
      .insert(familyMembers)
      .values({
        vehicleId: vehicle.id,
        ownerId: inv.ownerId,
        memberId: customerId,
        scope: inv.scope,
        approveLimitFen: inv.approveLimitFen,
        invitationId: inv.id,
        createdAt: now,
      })
      .returning();
    await tx
      .update(familyInvitations)
      .set({ status: 'accepted', endedAt: now, memberId: customerId })
      .where(eq(familyInvitations.id, inv.id));
    await copyToMember(tx, inv.ownerId, shareView(member!, owner.name), customerId);
    return ok({ membershipId: member!.id, vehicleId: vehicle.id });
  });
}
