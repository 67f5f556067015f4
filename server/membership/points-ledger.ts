/**
 * The points ledger on the server: every write goes through here, in the caller's transaction.
 *
 * Earns are idempotent by (source, sourceId) through the entry's unique idemKey: a retry or a
 * concurrent duplicate inserts nothing and answers created:false. Spends, expiries and reversals lock
 * the customer's points_account row first (SELECT ... FOR UPDATE), then read the ledger and plan with
 * shared/membership/ledger.ts, so concurrent redemptions on one balance run one at a time and can
 * never overspend. Every change republishes the customer's membership view (server/membership/membership.publish.ts).
 */
import { and, eq, sql } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import {
  available,
  type LedgerEntry,
  planExpiries,
  planPartialReversal,
  planReversal,
  planSpend,
} from '@shared/membership/ledger.ts';
import type { DbOrTx } from '../db/client.ts';
import { ledgerRows, toLedger } from './ledger-rows.ts';
import { pointsAccounts, pointsEntries } from './membership.table.ts';
import { publishMembership } from './membership.publish.ts';

export type EarnSource = 'visit' | 'survey' | 'referral' | 'adjustment';

export type EarnInput = {
  customerId: string;
  source: EarnSource;
  sourceId: string;
  points: number;
  reason?: string;
  expiresAt?: Date;
};

export const earnKey = (source: string, sourceId: string) => `earn:${source}:${sourceId}`;

/** Earns a lot once per (source, sourceId); a retry answers the first entry with created:false. */
export async function earnPoints(
  tx: DbOrTx,
  input: EarnInput,
  now: Date = new Date(),
  staffId: string | null = null,
): Promise<{ entryId: string; created: boolean }> {
  if (!Number.isInteger(input.points) || input.points <= 0)
    throw new Error('earnPoints: points must be a positive integer');
  const idemKey = earnKey(input.source, input.sourceId);
  const [row] = await tx
    .insert(pointsEntries)
    .values({
      customerId: input.customerId,
      kind: 'earn',
      source: input.source,
      sourceId: input.sourceId,
      idemKey,
      points: input.points,
      expiresAt: input.expiresAt ?? null,
      reason: input.reason ?? null,
      staffId,
      createdAt: now,
    })
    .onConflictDoNothing({ target: pointsEntries.idemKey })
    .returning({ id: pointsEntries.id });
  if (row) {
    await publishMembership(tx, input.customerId, now);
    return { entryId: row.id, created: true };
  }
  const [first] = await tx
    .select({ id: pointsEntries.id })
    .from(pointsEntries)
    .where(eq(pointsEntries.idemKey, idemKey));
  return { entryId: first!.id, created: false };
}

/** Takes the customer's ledger lock; every balance-lowering write holds it until commit. */
async function lockAccount(tx: DbOrTx, customerId: string) {
  await tx.insert(pointsAccounts).values({ customerId }).onConflictDoNothing();
  await tx.execute(sql`select 1 from ${pointsAccounts} where ${pointsAccounts.customerId} = ${customerId} for update`);
}

/** Writes the expiries due at `now` (under the lock); answers the ledger after them. */
async function expireDue(tx: DbOrTx, customerId: string, now: Date): Promise<LedgerEntry[]> {
  const entries = (await ledgerRows(tx, customerId)).map(toLedger);
  for (const x of planExpiries(entries, now)) {
    const n = entries.filter((e) => e.kind === 'expire' && e.lotId === x.lotId).length;
    const [row] = await tx
      .insert(pointsEntries)
      .values({
        customerId,
        kind: 'expire',
        source: 'expiry',
        sourceId: x.lotId,
        idemKey: `expire:${x.lotId}:${n}`,
        points: x.points,
        lotId: x.lotId,
        createdAt: now,
      })
      .returning();
    entries.push(toLedger(row!));
  }
  return entries;
}

/** Writes due expiries for a customer and republishes (the periodic sweep and reads call this). */
export async function sweepExpiries(tx: DbOrTx, customerId: string, now: Date) {
  await lockAccount(tx, customerId);
  const before = (await ledgerRows(tx, customerId)).length;
  const after = await expireDue(tx, customerId, now);
  if (after.length !== before) await publishMembership(tx, customerId, now);
}

export type SpendInput = {
  customerId: string;
  /** redemption (at payment) | adjustment (a staff correction downwards) */
  source: 'redemption' | 'adjustment';
  sourceId: string;
  points: number;
  reason?: string;
  staffId?: string | null;
};

/**
 * Spends points, drawing from the soonest-expiring lots. Once per (source, sourceId): a retry
 * answers the first spend. Refused (conflict) when the balance does not cover it.
 */
export async function spendPoints(
  tx: DbOrTx,
  input: SpendInput,
  now: Date,
): Promise<Result<{ entryId: string; created: boolean; balance: number }>> {
  if (!Number.isInteger(input.points) || input.points <= 0)
    return err('invalid', 'points: must be a positive whole number');
  await lockAccount(tx, input.customerId);
  const idemKey = `spend:${input.source}:${input.sourceId}`;
  const entries = await expireDue(tx, input.customerId, now);
  const [done] = await tx
    .select({ id: pointsEntries.id })
    .from(pointsEntries)
    .where(eq(pointsEntries.idemKey, idemKey));
  if (done) return ok({ entryId: done.id, created: false, balance: available(entries, now) });
  const draws = planSpend(entries, input.points, now);
  if (!draws) {
    return err('conflict', 'Not enough points.', { balance: available(entries, now), asked: input.points });
  }
  const [row] = await tx
    .insert(pointsEntries)
    .values({
      customerId: input.customerId,
      kind: 'spend',
      source: input.source,
      sourceId: input.sourceId,
      idemKey,
      points: -input.points,
      draws,
      reason: input.reason ?? null,
      staffId: input.staffId ?? null,
      createdAt: now,
    })
    .returning({ id: pointsEntries.id });
  await publishMembership(tx, input.customerId, now);
  return ok({ entryId: row!.id, created: true, balance: available(entries, now) - input.points });
}

/** Reverses one entry (a refund's earn, a cancelled redemption); reversing twice is a no-op. */
export async function reverseEntry(
  tx: DbOrTx,
  customerId: string,
  entryId: string,
  now: Date,
  reason: string,
  staffId: string | null = null,
): Promise<Result<{ entryId: string | null; points: number }>> {
  await lockAccount(tx, customerId);
  const entries = await expireDue(tx, customerId, now);
  const target = entries.find((e) => e.id === entryId);
  if (!target) return err('not_found', 'No such points entry.');
  const plan = planReversal(entries, entryId);
  if (!plan) return ok({ entryId: null, points: 0 });
  const [row] = await tx
    .insert(pointsEntries)
    .values({
      customerId,
      kind: 'reverse',
      source: 'reversal',
      sourceId: entryId,
      idemKey: `reverse:${entryId}`,
      points: plan.points,
      lotId: plan.lotId,
      draws: plan.draws,
      reverses: entryId,
      reason,
      staffId,
      createdAt: now,
    })
    .onConflictDoNothing({ target: pointsEntries.idemKey })
    .returning({ id: pointsEntries.id });
  await publishMembership(tx, customerId, now);
  return ok({ entryId: row?.id ?? null, points: plan.points });
}

/**
 * Takes back part of an earn (a payment refunded in part), once per `idemKey`: at most what is left of
 * its lot (planPartialReversal). Answers the points taken back (0 when nothing was left, or a retry).
 */
export async function takeBackPart(
  tx: DbOrTx,
  customerId: string,
  earnId: string,
  points: number,
  now: Date,
  idemKey: string,
  reason: string,
): Promise<number> {
  await lockAccount(tx, customerId);
  const plan = planPartialReversal(await expireDue(tx, customerId, now), earnId, points);
  if (!plan) return 0;
  const rows = await tx
    .insert(pointsEntries)
    .values({
      customerId,
      kind: 'reverse',
      source: 'reversal',
      sourceId: earnId,
      idemKey,
      ...plan,
      reason,
      createdAt: now,
    })
    .onConflictDoNothing({ target: pointsEntries.idemKey })
    .returning({ id: pointsEntries.id });
  if (rows.length) await publishMembership(tx, customerId, now);
  return rows.length ? -plan.points : 0;
}

/** The earn entry of a source, if any (a refund finds the visit's earn to reverse it). */
export async function findEarn(db: DbOrTx, customerId: string, source: EarnSource, sourceId: string) {
  const [row] = await db
    .select()
    .from(pointsEntries)
    .where(and(eq(pointsEntries.customerId, customerId), eq(pointsEntries.idemKey, earnKey(source, sourceId))));
  return row ?? null;
}
