/**
 * The `quote` view row mirrored to the customer's device (scope: the visit): the server publishes it
 * and the screens read only this, so both sides must agree on one shape. Money is integer fen; times
 * are UTC ISO strings.
 */
import * as v from 'valibot';
import { UuidSchema } from '../ids.ts';
import { MemberDiscountSchema } from '../membership/discount.ts';
import { LINE_CHANGE_KINDS, QUOTE_WITHDRAW_REASONS } from './quote.constants.ts';
import { QuoteKindSchema, QuoteStatusSchema, QuoteTierSchema, type QuoteTier } from './quote-codes.schema.ts';

/** The priced part of a line: what packages, totals and diffs are computed from. */
export type PricedLine = { key: string; tier: QuoteTier; title: string; partsFen: number; labourFen: number };

export const FindingRefSchema = v.object({
  id: UuidSchema,
  component: v.string(),
  grade: v.picklist(['red', 'yellow', 'green']),
  measureKind: v.nullable(v.string()),
  measureValue: v.nullable(v.number()),
  note: v.string(),
  recommendation: v.string(),
});
export type FindingRef = v.InferOutput<typeof FindingRefSchema>;

/** A finding's photo: the same shape as the health record's media view. */
export const PhotoRefSchema = v.object({
  id: UuidSchema,
  thumbUrl: v.string(),
  url: v.string(),
  width: v.number(),
  height: v.number(),
  caption: v.nullable(v.string()),
});

export const QuoteLineSchema = v.object({
  key: UuidSchema,
  tier: QuoteTierSchema,
  title: v.string(),
  titleEn: v.nullable(v.string()),
  partsFen: v.number(),
  labourFen: v.number(),
  /** Recommended lines: what happens if the customer skips it, and what doing it brings. */
  consequence: v.nullable(v.string()),
  benefit: v.nullable(v.string()),
  /** Supplementary quotes: the stated risk of driving on without it. */
  risk: v.nullable(v.string()),
  finding: v.nullable(FindingRefSchema),
  photos: v.array(PhotoRefSchema),
});
export type QuoteLine = v.InferOutput<typeof QuoteLineSchema>;

export const LineChangeSchema = v.object({
  kind: v.picklist(LINE_CHANGE_KINDS),
  key: v.string(),
  title: v.string(),
  tier: QuoteTierSchema,
  beforeFen: v.nullable(v.number()),
  afterFen: v.nullable(v.number()),
});
export type LineChange = v.InferOutput<typeof LineChangeSchema>;

export const RevisionSchema = v.object({
  fromVersion: v.number(),
  toVersion: v.number(),
  reason: v.nullable(v.string()),
  changes: v.array(LineChangeSchema),
  totalBeforeFen: v.number(),
  totalAfterFen: v.number(),
});
export type Revision = v.InferOutput<typeof RevisionSchema>;

export const QuoteViewSchema = v.object({
  id: UuidSchema,
  visitId: UuidSchema,
  vehicleId: UuidSchema,
  kind: QuoteKindSchema,
  status: QuoteStatusSchema,
  version: v.number(),
  title: v.string(),
  note: v.nullable(v.string()),
  advisorName: v.nullable(v.string()),
  sentAt: v.nullable(v.string()),
  decidedAt: v.nullable(v.string()),
  /** Why a withdrawn quote was withdrawn (rows mirrored before this field existed have none). */
  withdrawnReason: v.optional(v.nullable(v.picklist(QUOTE_WITHDRAW_REASONS)), null),
  lines: v.array(QuoteLineSchema),
  /** The latest revision after the quote was sent (what changed from the version before). */
  revision: v.nullable(RevisionSchema),
  authorizationId: v.nullable(UuidSchema),
  /** The member tier's maintenance discount (shared/membership/discount.ts), shown as its own line. */
  memberDiscount: v.optional(v.nullable(MemberDiscountSchema)),
});
export type QuoteView = v.InferOutput<typeof QuoteViewSchema>;
