/**
 * Signed survey links, sent in the survey's text message: `/survey.html?v=<visitId>#<token>`.
 *
 * The token is base64url(expiry, 4 bytes, seconds) and a 128-bit HMAC-SHA256 (deps.secret) over the
 * visit id, its customer's id and the expiry: useless for another visit or customer, cannot be
 * extended, and canonical base64url only, so an altered character never verifies. It sits in the
 * fragment, which browsers never send, so a previewer fetching the page learns nothing and changes
 * nothing: verification only reads. One survey per visit makes a revocation list needless — once it
 * is answered the link only says thank you.
 */
import { and, eq } from 'drizzle-orm';
import { SURVEY_LINK_TTL_MS } from '@shared/surveys/survey-link.schema.ts';
import { hmac, safeEqual } from '../auth/crypto.ts';
import type { DbOrTx } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';

const EXP_CHARS = 6;

const signature = (secret: string, visitId: string, customerId: string, exp: number) =>
  Buffer.from(hmac(secret, `survey-link.v1|${visitId}|${customerId}|${exp}`), 'base64url')
    .subarray(0, 16)
    .toString('base64url');

export function surveyLinkPath(secret: string, visit: { id: string; customerId: string }, now: Date) {
  const exp = Math.floor((now.getTime() + SURVEY_LINK_TTL_MS) / 1000);
  const b = Buffer.alloc(4);
  b.writeUInt32BE(exp);
  const token = b.toString('base64url') + signature(secret, visit.id, visit.customerId, exp);
  return { token, path: `/survey.html?v=${visit.id}#${token}`, expiresAt: new Date(exp * 1000) };
}

export type SurveyLinkCheck =
  | { status: 'ok'; visit: typeof visits.$inferSelect; expiresAt: Date }
  | { status: 'invalid' }
  | { status: 'expired'; visit: typeof visits.$inferSelect };

export async function checkSurveyToken(
  db: DbOrTx,
  secret: string,
  visitId: string,
  token: string,
  now: Date,
): Promise<SurveyLinkCheck> {
  const expText = token.slice(0, EXP_CHARS);
  const expBytes = Buffer.from(expText, 'base64url');
  if (expBytes.length !== 4 || expBytes.toString('base64url') !== expText) return { status: 'invalid' };
  const exp = expBytes.readUInt32BE(0);
  const [visit] = await db
    .select()
    .from(visits)
    .where(and(eq(visits.id, visitId), eq(visits.status, 'delivered')));
  if (!visit) return { status: 'invalid' };
  if (!safeEqual(signature(secret, visit.id, visit.customerId, exp), token.slice(EXP_CHARS)))
    return { status: 'invalid' };
  if (now.getTime() >= exp * 1000) return { status: 'expired', visit };
  return { status: 'ok', visit, expiresAt: new Date(exp * 1000) };
}
