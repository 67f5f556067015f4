/**
 * A center's membership settings (issue 14 item 1, item 7): the tiers with their spend thresholds and
 * benefits, the rolling window spend is counted over, and how points are earned, kept and redeemed.
 * Staff edit them (PUT /api/staff/membership/settings); every rule reads them, nothing is hard-coded.
 */
import * as v from 'valibot';
import { FEN_MAX, int } from '../schema/numbers.ts';
import { text } from '../schema/text.ts';

export const TIER_CODES = ['silver', 'gold', 'platinum'] as const;
export const TierCodeSchema = v.picklist(TIER_CODES);
export type TierCode = v.InferOutput<typeof TierCodeSchema>;

export const TierSchema = v.object({
  code: TierCodeSchema,
  /** Paid spend over the window that reaches this tier, in fen. */
  thresholdFen: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(FEN_MAX * 10)),
  /** Off maintenance lines, in percent (20 = 20 % off). */
  maintenanceDiscountPct: int(0, 50),
  /** Slots open to this tier this many days before everyone else. */
  priorityDays: int(0, 60),
  loaner: v.boolean(),
  birthdayGift: v.boolean(),
});
export type Tier = v.InferOutput<typeof TierSchema>;

export const MembershipSettingsSchema = v.pipe(
  v.object({
    tiers: v.pipe(v.array(TierSchema), v.length(3, 'must list silver, gold and platinum')),
    /** Spend is counted over this many months back from today. */
    windowMonths: int(1, 36),
    /** How far ahead a customer without priority may book, in days. */
    publicHorizonDays: int(7, 200),
    /** Paid fen per point earned (400: one point per 4 yuan). */
    fenPerPoint: int(1, 100_000),
    /** What one point is worth at payment, in fen. */
    pointValueFen: int(1, 10_000),
    /** Points expire at the end of the month this many months after they were earned. */
    pointsLifeMonths: int(1, 120),
    note: v.optional(v.nullable(v.pipe(text(), v.maxLength(500)))),
  }),
  v.check(
    (s) => TIER_CODES.every((c, i) => s.tiers[i]?.code === c),
    'tiers: must be silver, gold, platinum in this order',
  ),
  v.check(
    (s) => s.tiers.every((t, i) => i === 0 || t.thresholdFen > s.tiers[i - 1]!.thresholdFen),
    'tiers: thresholds must rise from silver to platinum',
  ),
);
export type MembershipSettings = v.InferOutput<typeof MembershipSettingsSchema>;

/** The defaults of a new center, and the demo's (seed 002: platinum at 15,000 yuan, 20 % off maintenance). */
export const DEFAULT_MEMBERSHIP_SETTINGS: MembershipSettings = {
  tiers: [
    { code: 'silver', thresholdFen: 0, maintenanceDiscountPct: 0, priorityDays: 0, loaner: false, birthdayGift: false },
    {
      code: 'gold',
      thresholdFen: 500_000,
      maintenanceDiscountPct: 10,
      priorityDays: 3,
      loaner: false,
      birthdayGift: true,
    },
    {
      code: 'platinum',
      thresholdFen: 1_500_000,
      maintenanceDiscountPct: 20,
      priorityDays: 7,
      loaner: true,
      birthdayGift: true,
    },
  ],
  windowMonths: 12,
  publicHorizonDays: 200,
  fenPerPoint: 400,
  pointValueFen: 10,
  pointsLifeMonths: 24,
  note: null,
};
