/** Staff inputs and answers of the membership console (issue 14 item 7) and redemption at payment. */
import * as v from 'valibot';
import { UuidSchema } from '../ids.ts';
import { int } from '../schema/numbers.ts';
import { text } from '../schema/text.ts';
import { PointsEntryViewSchema } from './membership-view.schema.ts';
import { TierCodeSchema } from './settings.schema.ts';
import { VoucherViewSchema } from './vouchers.ts';

export const POINTS_MAX = 1_000_000;

export const AdjustmentInputSchema = v.object({
  customerId: UuidSchema,
  /** Made by the console once per adjustment: a retried request adjusts once. */
  requestId: UuidSchema,
  /** Signed: positive adds a lot, negative takes points away (never below zero). */
  points: v.pipe(
    int(-POINTS_MAX, POINTS_MAX),
    v.check((n) => n !== 0, 'must not be 0'),
  ),
  reason: v.pipe(text(), v.trim(), v.minLength(2, 'a reason is required'), v.maxLength(200)),
});
export type AdjustmentInput = v.InferOutput<typeof AdjustmentInputSchema>;

export const RedemptionInputSchema = v.object({
  visitId: UuidSchema,
  points: v.pipe(int(1, POINTS_MAX)),
});

/** A wallet voucher used at a visit's payment (again on the same visit changes nothing). */
export const VoucherUseInputSchema = v.object({
  visitId: UuidSchema,
  voucherId: UuidSchema,
});

export const VoucherUseResultSchema = v.object({ voucher: VoucherViewSchema, created: v.boolean() });

export const ReversalInputSchema = v.object({
  entryId: UuidSchema,
  reason: v.pipe(text(), v.trim(), v.minLength(2, 'a reason is required'), v.maxLength(200)),
});

export const PointsResultSchema = v.object({
  entryId: v.nullable(v.string()),
  created: v.boolean(),
  balance: v.number(),
  /** Redemptions: what the points take off the payment, in fen. */
  valueFen: v.optional(v.number()),
});

export const MemberRowSchema = v.object({
  customerId: UuidSchema,
  name: v.string(),
  phoneMasked: v.string(),
  tier: TierCodeSchema,
  spendFen: v.number(),
  toNextFen: v.number(),
  balance: v.number(),
});
export type MemberRow = v.InferOutput<typeof MemberRowSchema>;

export const MemberDetailSchema = v.object({
  member: MemberRowSchema,
  entries: v.array(PointsEntryViewSchema),
});

export const MembersQuerySchema = v.object({
  tier: v.optional(TierCodeSchema),
});

export const LedgerQuerySchema = v.object({
  /** The last entry id of the previous page (entries come newest first). */
  before: v.optional(UuidSchema),
  limit: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'must be 1-200'), v.transform(Number), v.minValue(1), v.maxValue(200)),
  ),
});
