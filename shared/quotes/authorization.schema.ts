/**
 * The immutable authorization record: what the customer signed is kept exactly as signed and hashed,
 * so a later dispute can be settled from the record alone.
 */
import * as v from 'valibot';
import { UuidSchema } from '../ids.ts';
import {
  LineDecisionSchema,
  Mot9OptionSchema,
  PackageChoiceSchema,
  QuoteKindSchema,
  QuoteTierSchema,
  requiredText,
} from './quote-codes.schema.ts';

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
  /** A family member who decided for the owner's shared vehicle ("由 李女士 确认"); absent: the owner. */
  decidedBy: v.optional(v.object({ customerId: UuidSchema, name: v.string() })),
});
export type AuthorizationContent = v.InferOutput<typeof AuthorizationContentSchema>;

export const AuthorizationRecordSchema = v.object({
  ...AuthorizationContentSchema.entries,
  contentHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});
export type AuthorizationRecord = v.InferOutput<typeof AuthorizationRecordSchema>;
