/**
 * Reward levels per calendar year (seed 003): 1 friend who came → thank-you; 3 → platinum
 * ambassador; 5 → brand ambassador. A friend counts when staff mark their first visit (or a purchase).
 * What each level brings is in words (web/i18n/catalog/referral*.ts); the points part is credited
 * to the membership ledger once per level per year.
 */
export const REFERRAL_LEVELS = [
  { level: 1, key: 'thanks', points: 500 },
  { level: 3, key: 'platinum', points: 1500 },
  { level: 5, key: 'brand', points: 3000 },
] as const;
export type ReferralLevel = (typeof REFERRAL_LEVELS)[number];

/** The levels a count of friends who came this year has reached. */
export const levelsReached = (converted: number) => REFERRAL_LEVELS.filter((l) => converted >= l.level);

/** The next level to reach and how many more friends it takes, or null past the last one. */
export function nextLevel(converted: number): { level: ReferralLevel; more: number } | null {
  const next = REFERRAL_LEVELS.find((l) => converted < l.level);
  return next ? { level: next, more: next.level - converted } : null;
}
