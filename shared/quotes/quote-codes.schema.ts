/**
 * The quote vocabularies as valibot schemas, plus the text rules every quote input shares, so the
 * server's checks and the staff forms reject the same things. The plain arrays stay in
 * quote.constants.ts for the remote approval page, which must not carry validation code.
 */
import * as v from 'valibot';
import { text } from '../schema/text.ts';
import { MOT9_OPTIONS, PACKAGES, QUOTE_KINDS, QUOTE_STATUSES, QUOTE_TIERS, LINE_DECISIONS } from './quote.constants.ts';

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

export const QuoteStatusSchema = v.picklist(QUOTE_STATUSES);
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export const trimmedText = (max: number) =>
  v.pipe(text(), v.trim(), v.maxLength(max, `must be at most ${max} characters`));
export const requiredText = (max: number) => v.pipe(trimmedText(max), v.minLength(1, 'is required'));
