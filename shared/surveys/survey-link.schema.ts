/**
 * The signed survey link (`/survey.html?v=<visitId>#<token>`), opened without signing in: what it
 * may show is spelled out here — the visit's title and date, the center, the car's model and masked
 * plate, whether it was answered — and nothing else of the customer.
 */
import * as v from 'valibot';
import { UuidSchema } from '../ids.ts';

/** A link stays valid a week: long enough for a busy customer, short enough to age out. */
export const SURVEY_LINK_TTL_MS = 7 * 24 * 60 * 60_000;
/** base64url of the 4-byte expiry (6 chars) then 16 bytes of HMAC (22 chars). */
export const SURVEY_TOKEN_CHARS = 28;

export const SurveyLinkParamSchema = v.object({
  visitId: UuidSchema,
  token: v.pipe(
    v.string(),
    v.length(SURVEY_TOKEN_CHARS, 'not a survey link'),
    v.regex(/^[A-Za-z0-9_-]+$/, 'not a survey link'),
  ),
});

export const SurveyLinkAnswerSchema = v.object({
  state: v.picklist(['open', 'answered']),
  visitTitle: v.string(),
  deliveredAt: v.nullable(v.string()),
  center: v.object({ name: v.string(), phone: v.string(), timeZone: v.string() }),
  vehicle: v.object({ model: v.string(), plateMasked: v.string() }),
  points: v.number(),
  expiresAt: v.string(),
  /** Set when answered: whether a call was promised (a low score), in the page's words. */
  callPromised: v.boolean(),
});
export type SurveyLinkAnswer = v.InferOutput<typeof SurveyLinkAnswerSchema>;
