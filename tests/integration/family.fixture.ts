/**
 * Objects the route table's family entries need, made through the tables (no texted codes, so the
 * samples do not use up the code limits): pending invitations of 张先生's car, invitations TO 张先生
 * from a fresh owner (with a code he "received"), and memberships in both directions. Each call makes
 * a fresh object: the samples run several times and most of them end the object they name.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { FAMILY_INVITE_TTL_MS } from '@shared/family/family.schema.ts';
import { otpCodes } from '../../server/auth/auth.table.ts';
import { hmac } from '../../server/auth/crypto.ts';
import { createCustomer } from '../../server/customers/customer.service.ts';
import { customers } from '../../server/customers/customer.table.ts';
import { DEMO_CUSTOMER_PHONE } from '../../server/demo/demo.constants.ts';
import { familyInvitations, familyMembers } from '../../server/family/family.table.ts';
import { createVehicle } from '../../server/vehicles/vehicle.service.ts';
import type { Ctx } from './route-kit.ts';

const db = (ctx: Ctx) => ctx.s.db.db;
const FIXTURE_NAME = '孙女士';

/** A fresh customer of 徐汇 with a car of their own. */
async function someoneWithCar(ctx: Ctx) {
  return db(ctx).transaction(async (tx) => {
    const c = await createCustomer(tx, { centerId: ctx.f.centerId, phone: ctx.phone(), name: FIXTURE_NAME });
    const v = await createVehicle(tx, {
      customerId: c.id,
      model: 'Tesla Model 3',
      plate: ctx.plate(),
      vin: ctx.vin(),
      color: null,
      mileageKm: 1000,
      purchaseDate: '2025-01-01',
      warrantyUntil: null,
      warrantyKm: null,
    });
    return { customerId: c.id, vehicleId: v.id, phone: c.phone };
  });
}

async function invitation(ctx: Ctx, ownerId: string, vehicleId: string, phone: string) {
  const now = ctx.s.clock.now();
  const [row] = await db(ctx)
    .insert(familyInvitations)
    .values({
      vehicleId,
      ownerId,
      phone,
      scope: 'view',
      createdAt: now,
      expiresAt: new Date(now.getTime() + FAMILY_INVITE_TTL_MS),
    })
    .returning();
  return row!.id;
}

async function membership(ctx: Ctx, ownerId: string, vehicleId: string, memberId: string) {
  const [row] = await db(ctx).insert(familyMembers).values({ vehicleId, ownerId, memberId, scope: 'view' }).returning();
  return row!.id;
}

export const fam = {
  /** A pending invitation of 张先生's car to a new number. */
  zhangInvitation: (ctx: Ctx) => invitation(ctx, ctx.f.zhang.id, ctx.f.zhang.vehicleId, ctx.phone()),
  /** A pending invitation of 王女士's car. */
  wangInvitation: (ctx: Ctx) => invitation(ctx, ctx.f.wang.id, ctx.f.wang.vehicleId, ctx.phone()),
  /** An invitation to 张先生 from a fresh owner. */
  toZhang: async (ctx: Ctx) => {
    const o = await someoneWithCar(ctx);
    return invitation(ctx, o.customerId, o.vehicleId, DEMO_CUSTOMER_PHONE);
  },
  /** The code 张先生 received (his earlier codes replaced, so the hourly count stays low). */
  codeForZhang: async (ctx: Ctx) => {
    const code = String(100_000 + Math.floor(Math.random() * 900_000));
    const now = ctx.s.clock.now();
    await db(ctx).delete(otpCodes).where(eq(otpCodes.phone, DEMO_CUSTOMER_PHONE));
    await db(ctx)
      .insert(otpCodes)
      .values({
        phone: DEMO_CUSTOMER_PHONE,
        ip: 'fixture-family',
        codeHash: hmac(ctx.s.deps.secret, `otp:${DEMO_CUSTOMER_PHONE}:${code}`),
        createdAt: now,
        expiresAt: new Date(now.getTime() + 10 * 60_000),
      });
    return code;
  },
  /**
   * Ends the members and invitations earlier samples left on 张先生's car (a refused call ends
   * nothing), so the car never reaches the limits that the invite sample would then hit.
   */
  roomOnZhangsCar: async (ctx: Ctx) => {
    const fixtureCustomers = db(ctx)
      .select({ id: customers.id })
      .from(customers)
      .where(eq(customers.name, FIXTURE_NAME));
    await db(ctx)
      .update(familyMembers)
      .set({ status: 'revoked' })
      .where(
        and(eq(familyMembers.vehicleId, ctx.f.zhang.vehicleId), inArray(familyMembers.memberId, fixtureCustomers)),
      );
    await db(ctx)
      .update(familyInvitations)
      .set({ status: 'cancelled' })
      .where(and(eq(familyInvitations.vehicleId, ctx.f.zhang.vehicleId), eq(familyInvitations.status, 'pending')));
  },
  /** A member of 张先生's car (a fresh customer). */
  zhangMember: async (ctx: Ctx) => {
    await fam.roomOnZhangsCar(ctx);
    const o = await someoneWithCar(ctx);
    return membership(ctx, ctx.f.zhang.id, ctx.f.zhang.vehicleId, o.customerId);
  },
  /** 张先生 as a member of a fresh owner's car. */
  zhangAsMember: async (ctx: Ctx) => {
    const o = await someoneWithCar(ctx);
    return membership(ctx, o.customerId, o.vehicleId, ctx.f.zhang.id);
  },
  /** Someone else's membership (王女士 shares nothing with 张先生). */
  otherMembership: async (ctx: Ctx) => {
    const o = await someoneWithCar(ctx);
    return membership(ctx, ctx.f.wang.id, ctx.f.wang.vehicleId, o.customerId);
  },
};
