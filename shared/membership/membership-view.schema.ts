/**
 * The `membership` view row mirrored to the customer's device (one per customer, id = customer id):
 * tier, spend to the next tier, that tier's benefits, the points balance with its expiring lots and
 * the latest ledger entries, each saying where it came from. Money in fen, times UTC ISO.
 */
import * as v from 'valibot';
import { VoucherViewSchema } from './vouchers.ts';
import { TierSchema } from './settings.schema.ts';

export const ENTRY_SOURCES = ['visit', 'survey', 'referral', 'adjustment', 'redemption', 'expiry', 'reversal'] as const;

export const PointsEntryViewSchema = v.object({
  id: v.string(),
  kind: v.picklist(['earn', 'spend', 'expire', 'reverse']),
  source: v.picklist(ENTRY_SOURCES),
  sourceId: v.string(),
  points: v.number(),
  /** What the entry is about: the visit's title, the staff's reason. */
  label: v.nullable(v.string()),
  reason: v.nullable(v.string()),
  at: v.string(),
  expiresAt: v.nullable(v.string()),
  /** The visit it links to (visit earns and redemptions). */
  visitId: v.nullable(v.string()),
});
export type PointsEntryView = v.InferOutput<typeof PointsEntryViewSchema>;

export const MembershipViewSchema = v.object({
  id: v.string(),
  tier: TierSchema,
  next: v.nullable(TierSchema),
  spendFen: v.number(),
  toNextFen: v.number(),
  progressPct: v.number(),
  windowMonths: v.number(),
  pointValueFen: v.number(),
  points: v.object({
    balance: v.number(),
    expiring: v.array(v.object({ points: v.number(), expiresAt: v.string() })),
  }),
  /** The newest entries first (the full ledger: GET /api/membership/ledger). */
  entries: v.array(PointsEntryViewSchema),
  /** The wallet's vouchers (delay compensation, early-finish gifts), soonest expiry first. */
  vouchers: v.optional(v.array(VoucherViewSchema), []),
  computedAt: v.string(),
});
export type MembershipView = v.InferOutput<typeof MembershipViewSchema>;

export const LedgerPageSchema = v.object({
  balance: v.number(),
  entries: v.array(PointsEntryViewSchema),
  nextBefore: v.nullable(v.string()),
});
export type LedgerPage = v.InferOutput<typeof LedgerPageSchema>;

export const LEDGER_IN_VIEW = 30;
