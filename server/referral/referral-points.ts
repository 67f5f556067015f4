/**
 * The points part of a reward level goes to the membership points ledger as a referral lot, keyed by
 * the reward's id (source 'referral'), so a retried grant credits once; it expires like any lot
 * under the center's points settings. Returns the ledger entry id.
 */
import { lotExpiry } from '@shared/membership/tiers.ts';
import type { Tx } from '../db/client.ts';
import { customerCenter, settingsFor } from '../membership/membership.service.ts';
import { earnPoints } from '../membership/points-ledger.ts';

export type RewardCredit = { customerId: string; rewardId: string; points: number; reason: string; at: Date };

export async function creditRewardPoints(tx: Tx, credit: RewardCredit): Promise<string> {
  const c = await customerCenter(tx, credit.customerId);
  const settings = c ? await settingsFor(tx, c.centerId) : null;
  const { entryId } = await earnPoints(
    tx,
    {
      customerId: credit.customerId,
      source: 'referral',
      sourceId: credit.rewardId,
      points: credit.points,
      reason: credit.reason,
      ...(c && settings ? { expiresAt: lotExpiry(credit.at, settings.pointsLifeMonths, c.timeZone) } : {}),
    },
    credit.at,
  );
  return entryId;
}
