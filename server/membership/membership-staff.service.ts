/**
 * Staff actions on membership, each inside the center's own customers (another center's customer or
 * visit is "not found"): the member list with tiers, one member's ledger, adjustments with a reason,
 * redemption at payment, reversals, and the settings.
 */
import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { maskPhone } from '@shared/auth/auth.schema.ts';
import { err, ok, type Result } from '@shared/errors.ts';
import type { MembershipSettings, TierCode } from '@shared/membership/settings.schema.ts';
import type { AdjustmentInput, MemberRow } from '@shared/membership/staff-membership.schema.ts';
import { lotExpiry } from '@shared/membership/tiers.ts';
import { centers } from '../center/center.table.ts';
import { customers } from '../customers/customer.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { findCenterVisit } from '../health-record/health-record.service.ts';
import { pointsEntries, membershipSettings } from './membership.table.ts';
import { publishMembership } from './membership.publish.ts';
import { entryViews, settingsFor, standingOf } from './membership.service.ts';
import { ledgerRows } from './ledger-rows.ts';
import { availableInDb } from './ledger-sums.ts';
import { earnPoints, reverseEntry, spendPoints } from './points-ledger.ts';

export type Staff = { centerId: string; staffId: string };

const balanceNow = availableInDb;

async function memberRow(db: DbOrTx, c: typeof customers.$inferSelect, now: Date): Promise<MemberRow> {
  const s = (await standingOf(db, c.id, now))!;
  return {
    customerId: c.id,
    name: c.name,
    phoneMasked: maskPhone(c.phone),
    tier: s.tier.code,
    spendFen: s.spendFen,
    toNextFen: s.toNextFen,
    balance: await balanceNow(db, c.id, now),
  };
}

export async function listMembers(db: DbOrTx, centerId: string, now: Date, tier?: TierCode): Promise<MemberRow[]> {
  const rows = await db.select().from(customers).where(eq(customers.centerId, centerId)).orderBy(customers.name);
  const out: MemberRow[] = [];
  for (const c of rows.slice(0, 500)) out.push(await memberRow(db, c, now));
  return (tier ? out.filter((m) => m.tier === tier) : out).sort((a, b) => b.spendFen - a.spendFen);
}

async function centerCustomer(db: DbOrTx, centerId: string, customerId: string) {
  const [c] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.centerId, centerId)));
  return c ?? null;
}

export async function memberDetail(db: DbOrTx, centerId: string, customerId: string, now: Date) {
  const c = await centerCustomer(db, centerId, customerId);
  if (!c) return err('not_found', 'No such customer.');
  const rows = (await ledgerRows(db, customerId)).slice(-100).reverse();
  return ok({ member: await memberRow(db, c, now), entries: await entryViews(db, rows) });
}

/** One page of a customer's ledger, newest first, after the entry `before` (exclusive). */
export async function ledgerPage(db: DbOrTx, customerId: string, limit: number, before?: string) {
  let cursor = undefined as undefined | ReturnType<typeof or>;
  if (before) {
    const [b] = await db
      .select({ at: pointsEntries.createdAt, id: pointsEntries.id })
      .from(pointsEntries)
      .where(and(eq(pointsEntries.id, before), eq(pointsEntries.customerId, customerId)));
    if (!b) return null;
    cursor = or(lt(pointsEntries.createdAt, b.at), and(eq(pointsEntries.createdAt, b.at), lt(pointsEntries.id, b.id)));
  }
  const rows = await db
    .select()
    .from(pointsEntries)
    .where(and(eq(pointsEntries.customerId, customerId), cursor))
    .orderBy(desc(pointsEntries.createdAt), desc(pointsEntries.id))
    .limit(limit);
  return { rows, nextBefore: rows.length === limit ? rows.at(-1)!.id : null };
}

/** A staff adjustment: a positive one is a lot of its own, a negative one draws like a spend. */
export async function adjustPoints(
  tx: DbOrTx,
  staff: Staff,
  input: AdjustmentInput,
  now: Date,
): Promise<Result<{ entryId: string | null; created: boolean; balance: number }>> {
  const c = await centerCustomer(tx, staff.centerId, input.customerId);
  if (!c) return err('not_found', 'No such customer.');
  if (input.points > 0) {
    const [center] = await tx.select({ tz: centers.timeZone }).from(centers).where(eq(centers.id, c.centerId));
    const settings = await settingsFor(tx, c.centerId);
    const r = await earnPoints(
      tx,
      {
        customerId: c.id,
        source: 'adjustment',
        sourceId: input.requestId,
        points: input.points,
        reason: input.reason,
        expiresAt: lotExpiry(now, settings.pointsLifeMonths, center!.tz),
      },
      now,
      staff.staffId,
    );
    return ok({ ...r, balance: await balanceNow(tx, c.id, now) });
  }
  const r = await spendPoints(
    tx,
    {
      customerId: c.id,
      source: 'adjustment',
      sourceId: input.requestId,
      points: -input.points,
      reason: input.reason,
      staffId: staff.staffId,
    },
    now,
  );
  return r;
}

/** Points redeemed at a visit's payment, once per visit; they take `points × pointValueFen` off it. */
export async function redeemAtPayment(tx: DbOrTx, staff: Staff, visitId: string, points: number, now: Date) {
  const visit = await findCenterVisit(tx, staff.centerId, visitId);
  if (!visit) return err('not_found', 'No such visit.');
  const settings = await settingsFor(tx, staff.centerId);
  const valueFen = points * settings.pointValueFen;
  if (valueFen > visit.totalFen) return err('invalid', 'points: worth more than the visit costs');
  const r = await spendPoints(
    tx,
    { customerId: visit.customerId, source: 'redemption', sourceId: visit.id, points, staffId: staff.staffId },
    now,
  );
  return r.ok ? ok({ ...r.value, valueFen }) : r;
}

export async function staffReverse(tx: DbOrTx, staff: Staff, entryId: string, reason: string, now: Date) {
  const [row] = await tx
    .select({ customerId: pointsEntries.customerId })
    .from(pointsEntries)
    .innerJoin(customers, eq(customers.id, pointsEntries.customerId))
    .where(and(eq(pointsEntries.id, entryId), eq(customers.centerId, staff.centerId)));
  if (!row) return err('not_found', 'No such points entry.');
  const r = await reverseEntry(tx, row.customerId, entryId, now, reason, staff.staffId);
  if (!r.ok) return r;
  return ok({
    entryId: r.value.entryId,
    created: r.value.entryId !== null,
    balance: await balanceNow(tx, row.customerId, now),
  });
}

/** Saves the settings and republishes every member of the center (their tier may have moved). */
export async function saveSettings(tx: DbOrTx, staff: Staff, settings: MembershipSettings, now: Date) {
  await tx
    .insert(membershipSettings)
    .values({ centerId: staff.centerId, settings, updatedById: staff.staffId, updatedAt: now })
    .onConflictDoUpdate({
      target: membershipSettings.centerId,
      set: { settings, updatedById: staff.staffId, updatedAt: now },
    });
  const ids = await tx.select({ id: customers.id }).from(customers).where(eq(customers.centerId, staff.centerId));
  for (const { id } of ids) await publishMembership(tx, id, now);
  return settings;
}

export const countEntries = async (db: DbOrTx, customerId: string) =>
  Number(
    (
      await db.select({ n: sql<string>`count(*)` }).from(pointsEntries).where(eq(pointsEntries.customerId, customerId))
    )[0]!.n,
  );
