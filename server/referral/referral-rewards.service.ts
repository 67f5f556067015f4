/**
 * Reward levels (shared/referral/levels.ts) per calendar year in the center's zone. Each level is a
 * row with a unique (customer, year, level) key, inserted with ON CONFLICT DO NOTHING: a level is
 * granted once a year whatever retries or concurrent conversions happen, and its points with it.
 */
import { and, count, eq, gte, lt } from 'drizzle-orm';
import { levelsReached } from '@shared/referral/levels.ts';
import { zonedParts, zonedTimeToUtc } from '@shared/time.ts';
import type { Tx } from '../db/client.ts';
import { notify } from '../notifications/notify.ts';
import { creditRewardPoints } from './referral-points.ts';
import { referralLeads, referralRewards } from './referral.table.ts';
import { publishReward } from './referral.views.ts';

const LEVEL_WORDS: Record<number, { zh: string; en: string }> = {
  1: { zh: '感谢奖励', en: 'Thank-you reward' },
  3: { zh: '铂金大使', en: 'Platinum ambassador' },
  5: { zh: '品牌大使', en: 'Brand ambassador' },
};

export function yearBounds(year: number, timeZone: string) {
  return { from: zonedTimeToUtc(`${year}-01-01`, 0, timeZone), to: zonedTimeToUtc(`${year + 1}-01-01`, 0, timeZone) };
}

/** Friends of this referrer who came in the calendar year of `at`, and any level newly reached. */
export async function grantLevels(tx: Tx, input: { referrerId: string; leadId: string; at: Date; timeZone: string }) {
  const year = zonedParts(input.at, input.timeZone).year;
  const { from, to } = yearBounds(year, input.timeZone);
  const [row] = await tx
    .select({ n: count() })
    .from(referralLeads)
    .where(
      and(
        eq(referralLeads.referrerId, input.referrerId),
        gte(referralLeads.convertedAt, from),
        lt(referralLeads.convertedAt, to),
      ),
    );
  const granted = [];
  for (const level of levelsReached(row?.n ?? 0)) {
    const [reward] = await tx
      .insert(referralRewards)
      .values({ customerId: input.referrerId, year, level: level.level, points: level.points, leadId: input.leadId })
      .onConflictDoNothing()
      .returning();
    if (!reward) continue;
    const words = LEVEL_WORDS[level.level]!;
    const entryId = await creditRewardPoints(tx, {
      customerId: input.referrerId,
      rewardId: reward.id,
      points: level.points,
      reason: `referral level ${level.level} (${year})`,
      at: input.at,
    });
    const final = entryId
      ? (
          await tx
            .update(referralRewards)
            .set({ pointsEntryId: entryId })
            .where(eq(referralRewards.id, reward.id))
            .returning()
        )[0]!
      : reward;
    await publishReward(tx, final!);
    await notify(tx, {
      customerId: input.referrerId,
      kind: 'referral',
      title: { zh: `您获得了${words.zh}`, en: `${words.en}: reached` },
      body: {
        zh: `${year} 年您已推荐 ${level.level} 位朋友到店，获得${words.zh}及 ${level.points} 积分。`,
        en: `${level.level} friend(s) came on your recommendation in ${year}: ${words.en}, with ${level.points} points.`,
      },
      link: '/settings/referral',
      at: input.at,
      dedupeKey: `referral-level:${input.referrerId}:${year}:${level.level}`,
    });
    granted.push(final!);
  }
  return granted;
}
