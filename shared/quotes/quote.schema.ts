/**
 * Quotes (capability 4, MOT 6 and 9): the shapes both sides agree on — the customer-facing quote view
 * row, the immutable authorization record, the `quote.decide` mutation and the staff inputs.
 * Money is integer fen everywhere; times are UTC ISO strings.
 */
import * as v from 'valibot';
import { FenSchema, IsoDateTimeSchema, UuidSchema } from '../ids.ts';
import {
  LINE_CHANGE_KINDS,
  LINE_DECISIONS,
  MOT9_OPTIONS,
  PACKAGES,
  QUOTE_KINDS,
  QUOTE_STATUSES,
  QUOTE_TIERS,
} from './quote.constants.ts';

export { LINE_CHANGE_KINDS, LINE_DECISIONS, MOT9_OPTIONS, PACKAGES, QUOTE_KINDS, QUOTE_STATUSES, QUOTE_TIERS };

export const QuoteTierSchema = v.picklist(QUOTE_TIERS);
export type QuoteTier = v.InferOutput<typeof QuoteTierSchema>;

export const LineDecisionSchema = v.picklist(LINE_DECISIONS);
export type LineDecision = v.InferOutput<typeof LineDecisionSchema>;

export const PackageSchema = v.picklist(PACKAGES);
export type PackageName = v.InferOutput<typeof PackageSchema>;
export const PackageChoiceSchema = v.picklist([...PACKAGES, 'custom']);
export type PackageChoice = v.InferOutput<typeof PackageChoiceSchema>;

export const Mot9OptionSchema = v.picklist(MOT9_OPTIONS);
export type Mot9Option = v.InferOutput<typeof Mot9OptionSchema>;

export const QuoteKindSchema = v.picklist(QUOTE_KINDS);
export type QuoteKind = v.InferOutput<typeof QuoteKindSchema>;

export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, `must be at most ${max} characters`));
const requiredText = (max: number) => v.pipe(text(max), v.minLength(1, 'is required'));

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

export const DeferralSchema = v.object({
  id: UuidSchema,
  quoteId: UuidSchema,
  vehicleId: UuidSchema,
  lineKey: UuidSchema,
  title: v.string(),
  totalFen: v.number(),
  dueAt: v.string(),
  /** A proposed booking (within two weeks) or a reminder (later). */
  kind: v.picklist(['booking', 'reminder']),
  status: v.picklist(['proposed', 'booked', 'dismissed']),
  /** The booking proposal made for it: the customer accepts it with one tap in Booking. */
  proposalId: v.nullable(UuidSchema),
  createdAt: v.string(),
});
export type Deferral = v.InferOutput<typeof DeferralSchema>;

/** The `quote` view row mirrored to the customer's device (scope: the visit). */
export const QuoteViewSchema = v.object({
  id: UuidSchema,
  visitId: UuidSchema,
  vehicleId: UuidSchema,
  kind: QuoteKindSchema,
  status: v.picklist(QUOTE_STATUSES),
  version: v.number(),
  title: v.string(),
  note: v.nullable(v.string()),
  advisorName: v.nullable(v.string()),
  sentAt: v.nullable(v.string()),
  decidedAt: v.nullable(v.string()),
  lines: v.array(QuoteLineSchema),
  /** The latest revision after the quote was sent (what changed from the version before). */
  revision: v.nullable(RevisionSchema),
  authorizationId: v.nullable(UuidSchema),
});
export type QuoteView = v.InferOutput<typeof QuoteViewSchema>;

// ---------- the authorization record ----------

export const SIGNATURE_IMAGE_MAX = 200_000;
export const SignatureSchema = v.variant('kind', [
  v.object({ kind: v.literal('typed'), name: v.pipe(requiredText(60), v.minLength(2, 'must be the full name')) }),
  v.object({
    kind: v.literal('drawn'),
    image: v.pipe(
      v.string(),
      v.startsWith('data:image/png;base64,', 'must be a PNG data URL'),
      v.maxLength(SIGNATURE_IMAGE_MAX, 'is too large'),
    ),
  }),
]);
export type Signature = v.InferOutput<typeof SignatureSchema>;

export const AuthorizedLineSchema = v.object({
  key: v.string(),
  tier: QuoteTierSchema,
  title: v.string(),
  partsFen: v.number(),
  labourFen: v.number(),
  totalFen: v.number(),
  decision: LineDecisionSchema,
  deferUntil: v.nullable(v.string()),
});
export type AuthorizedLine = v.InferOutput<typeof AuthorizedLineSchema>;

/** What the content hash covers: everything that was decided, by whom, when and from where. */
export const AuthorizationContentSchema = v.object({
  id: UuidSchema,
  quoteId: UuidSchema,
  quoteVersion: v.number(),
  quoteKind: QuoteKindSchema,
  customerId: UuidSchema,
  centerId: UuidSchema,
  vehicleId: UuidSchema,
  visitId: UuidSchema,
  packageChoice: v.nullable(PackageChoiceSchema),
  option: v.nullable(Mot9OptionSchema),
  /** MOT 9 "keep driving": the risk the customer was shown and accepted. */
  acceptedRisk: v.nullable(v.string()),
  lines: v.array(AuthorizedLineSchema),
  quoteTotalFen: v.number(),
  approvedTotalFen: v.number(),
  deferredTotalFen: v.number(),
  declinedTotalFen: v.number(),
  signature: SignatureSchema,
  signedAt: v.string(),
  clientAt: v.nullable(v.string()),
  userAgent: v.string(),
  channel: v.picklist(['app', 'link']),
});
export type AuthorizationContent = v.InferOutput<typeof AuthorizationContentSchema>;

export const AuthorizationRecordSchema = v.object({
  ...AuthorizationContentSchema.entries,
  contentHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});
export type AuthorizationRecord = v.InferOutput<typeof AuthorizationRecordSchema>;

// ---------- the customer's decision (mutation args, and the link page's POST body) ----------

export const DecisionInputSchema = v.object({
  lineKey: UuidSchema,
  decision: LineDecisionSchema,
  deferUntil: v.optional(IsoDateTimeSchema),
});
export type DecisionInput = v.InferOutput<typeof DecisionInputSchema>;

export const DecideFieldsSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  packageChoice: v.optional(PackageChoiceSchema),
  /** Supplementary quotes are decided with one of the three options instead of line decisions. */
  option: v.optional(Mot9OptionSchema),
  decisions: v.optional(v.pipe(v.array(DecisionInputSchema), v.maxLength(100))),
  signature: SignatureSchema,
  /** Generated on the device so its optimistic record and the server's share an id. */
  authorizationId: v.optional(UuidSchema),
  clientAt: v.optional(IsoDateTimeSchema),
});
export type DecideFields = v.InferOutput<typeof DecideFieldsSchema>;

export const DecideQuoteArgsSchema = v.object({ quoteId: UuidSchema, ...DecideFieldsSchema.entries });
export type DecideQuoteArgs = v.InferOutput<typeof DecideQuoteArgsSchema>;

/** The details of a `quote_outdated` refusal: the version to review and what changed. */
export type QuoteOutdatedDetails = {
  currentVersion: number;
  changes: LineChange[];
  totalBeforeFen: number;
  totalAfterFen: number;
};

// ---------- staff inputs ----------

export const LineInputSchema = v.object({
  /** Keep a line's key when revising so the customer sees "price changed", not "removed + added". */
  key: v.optional(UuidSchema),
  tier: QuoteTierSchema,
  title: requiredText(120),
  titleEn: v.optional(v.nullable(text(120))),
  partsFen: FenSchema,
  labourFen: FenSchema,
  findingId: v.optional(v.nullable(UuidSchema)),
  consequence: v.optional(v.nullable(text(400))),
  benefit: v.optional(v.nullable(text(400))),
  risk: v.optional(v.nullable(text(400))),
  /** The center's service type a deferred line is proposed as (e.g. brake_check); maintenance if unset. */
  serviceCode: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[a-z_]{1,40}$/, 'must be a service code')))),
});
export type LineInput = v.InferOutput<typeof LineInputSchema>;

const LinesSchema = v.pipe(v.array(LineInputSchema), v.minLength(1, 'needs at least one line'), v.maxLength(50));

export const CreateQuoteSchema = v.object({
  visitId: UuidSchema,
  kind: v.optional(QuoteKindSchema, 'standard'),
  title: requiredText(120),
  note: v.optional(v.nullable(text(1000))),
  lines: LinesSchema,
});
export type CreateQuote = v.InferOutput<typeof CreateQuoteSchema>;

export const ReviseQuoteSchema = v.object({
  reason: v.optional(v.nullable(text(400))),
  title: v.optional(requiredText(120)),
  note: v.optional(v.nullable(text(1000))),
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
  link: v.object({ url: v.string(), path: v.string(), expiresAt: v.string() }),
});

export const StaffQuoteSummarySchema = v.object({
  id: UuidSchema,
  visitId: UuidSchema,
  kind: QuoteKindSchema,
  status: v.picklist(QUOTE_STATUSES),
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
  findings: v.array(v.object({ ...FindingRefSchema.entries, suggestedTier: QuoteTierSchema, quoted: v.boolean() })),
});
export type StaffVisitQuotes = v.InferOutput<typeof StaffVisitQuotesSchema>;

// ---------- the remote approval link ----------

/** How long a remote approval link stays valid. */
export const QUOTE_LINK_TTL_MS = 72 * 60 * 60_000;
export const QUOTE_LINK_HEADER = 'x-quote-token';

/** The link page's view: this one quote, the center and the car's model — nothing else of the customer. */
export const LinkQuoteSchema = v.object({
  state: v.literal('open'),
  quote: QuoteViewSchema,
  center: v.object({ name: v.string(), phone: v.string(), timeZone: v.string() }),
  vehicle: v.object({ model: v.string(), plateMasked: v.string() }),
  expiresAt: v.string(),
});
export type LinkQuote = v.InferOutput<typeof LinkQuoteSchema>;

/** A link whose quote is decided shows what was decided (only this quote's lines), never a form again. */
export const LinkDecidedSchema = v.object({
  state: v.literal('decided'),
  decidedAt: v.string(),
  lines: v.array(AuthorizedLineSchema),
  approvedTotalFen: v.number(),
  deferredTotalFen: v.number(),
  declinedTotalFen: v.number(),
  option: v.nullable(Mot9OptionSchema),
  contentHash: v.string(),
  center: v.object({ name: v.string(), phone: v.string(), timeZone: v.string() }),
});
export type LinkDecided = v.InferOutput<typeof LinkDecidedSchema>;
export const LinkAnswerSchema = v.variant('state', [LinkQuoteSchema, LinkDecidedSchema]);
export type LinkAnswer = v.InferOutput<typeof LinkAnswerSchema>;

export const LinkParamSchema = v.object({
  quoteId: UuidSchema,
  token: v.pipe(v.string(), v.regex(/^[\w-]{49}$/, 'is not a link token')),
});
