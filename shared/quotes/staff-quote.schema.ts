/**
 * What the staff console sends and reads: quote drafts and revisions in, the full quote with its
 * versions, signed records and deferrals out. Staff see more than the customer's view row, so these
 * extend it rather than replace it.
 */
import * as v from 'valibot';
import { FenSchema, UuidSchema } from '../ids.ts';
import { AuthorizationRecordSchema } from './authorization.schema.ts';
import { DeferralSchema } from './deferral.schema.ts';
import {
  QuoteKindSchema,
  QuoteStatusSchema,
  QuoteTierSchema,
  requiredText,
  trimmedText,
} from './quote-codes.schema.ts';
import { FindingRefSchema, QuoteViewSchema } from './quote-view.schema.ts';

export const LineInputSchema = v.object({
  /** Keep a line's key when revising so the customer sees "price changed", not "removed + added". */
  key: v.optional(UuidSchema),
  tier: QuoteTierSchema,
  title: requiredText(120),
  titleEn: v.optional(v.nullable(trimmedText(120))),
  partsFen: FenSchema,
  labourFen: FenSchema,
  findingId: v.optional(v.nullable(UuidSchema)),
  consequence: v.optional(v.nullable(trimmedText(400))),
  benefit: v.optional(v.nullable(trimmedText(400))),
  risk: v.optional(v.nullable(trimmedText(400))),
  /** The center's service type a deferred line is proposed as (e.g. brake_check); maintenance if unset. */
  serviceCode: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[a-z_]{1,40}$/, 'must be a service code')))),
});
export type LineInput = v.InferOutput<typeof LineInputSchema>;

const LinesSchema = v.pipe(v.array(LineInputSchema), v.minLength(1, 'needs at least one line'), v.maxLength(50));

export const CreateQuoteSchema = v.object({
  visitId: UuidSchema,
  kind: v.optional(QuoteKindSchema, 'standard'),
  title: requiredText(120),
  note: v.optional(v.nullable(trimmedText(1000))),
  lines: LinesSchema,
});
export type CreateQuote = v.InferOutput<typeof CreateQuoteSchema>;

export const ReviseQuoteSchema = v.object({
  reason: v.optional(v.nullable(trimmedText(400))),
  title: v.optional(requiredText(120)),
  note: v.optional(v.nullable(trimmedText(1000))),
  lines: LinesSchema,
});
export type ReviseQuote = v.InferOutput<typeof ReviseQuoteSchema>;

export const StaffQuoteSchema = v.object({
  ...QuoteViewSchema.entries,
  customerId: UuidSchema,
  customerName: v.string(),
  plate: v.string(),
  versions: v.array(
    v.object({
      version: v.number(),
      createdAt: v.string(),
      createdBy: v.nullable(v.string()),
      reason: v.nullable(v.string()),
    }),
  ),
  authorizations: v.array(v.object({ ...AuthorizationRecordSchema.entries, hashVerified: v.boolean() })),
  deferrals: v.array(DeferralSchema),
});
export type StaffQuote = v.InferOutput<typeof StaffQuoteSchema>;

export const SendResultSchema = v.object({
  quote: StaffQuoteSchema,
  /** Where the approval link was texted (masked) and until when it works; the link itself goes only to the phone. */
  link: v.object({ sentTo: v.string(), expiresAt: v.string() }),
});

export const StaffQuoteSummarySchema = v.object({
  id: UuidSchema,
  visitId: UuidSchema,
  kind: QuoteKindSchema,
  status: QuoteStatusSchema,
  version: v.number(),
  title: v.string(),
  totalFen: v.number(),
  sentAt: v.nullable(v.string()),
  decidedAt: v.nullable(v.string()),
});

export const StaffVisitQuotesSchema = v.object({
  visitId: UuidSchema,
  title: v.string(),
  status: v.string(),
  checkedInAt: v.string(),
  customerName: v.string(),
  plate: v.string(),
  model: v.string(),
  quotes: v.array(StaffQuoteSummarySchema),
  /** This visit's findings, then the car's findings still open from earlier visits (`fromEarlierVisit`). */
  findings: v.array(
    v.object({
      ...FindingRefSchema.entries,
      suggestedTier: QuoteTierSchema,
      quoted: v.boolean(),
      fromEarlierVisit: v.optional(v.boolean(), false),
    }),
  ),
});
export type StaffVisitQuotes = v.InferOutput<typeof StaffVisitQuotesSchema>;
