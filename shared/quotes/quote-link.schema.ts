/**
 * The remote approval link: opened without signing in, so what it may show is spelled out here and
 * the server answers with nothing beyond it.
 */
import * as v from 'valibot';
import { UuidSchema } from '../ids.ts';
import { AuthorizedLineSchema } from './authorization.schema.ts';
import { Mot9OptionSchema } from './quote-codes.schema.ts';
import { QuoteViewSchema } from './quote-view.schema.ts';

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
