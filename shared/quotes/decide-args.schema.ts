/**
 * The customer's decision on a quote: one shape for the app's queued `quote.decide` mutation and the
 * link page's POST body, so both channels are checked by the same rules. Also the details a
 * `quote_outdated` refusal carries back, so either page can show what changed.
 */
import * as v from 'valibot';
import { INT4_MAX } from '../schema/numbers.ts';
import { IsoDateTimeSchema, UuidSchema } from '../ids.ts';
import { SignatureSchema } from './authorization.schema.ts';
import { LineDecisionSchema, Mot9OptionSchema, PackageChoiceSchema } from './quote-codes.schema.ts';
import type { LineChange } from './quote-view.schema.ts';

export const DecisionInputSchema = v.object({
  lineKey: UuidSchema,
  decision: LineDecisionSchema,
  deferUntil: v.optional(IsoDateTimeSchema),
});
export type DecisionInput = v.InferOutput<typeof DecisionInputSchema>;

export const DecideFieldsSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(INT4_MAX)),
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
