/**
 * Remote approval links (capability 4): `/approve.html?q=<quoteId>#<token>`, sent by SMS.
 *
 * The token is 49 URL-safe characters: base64url(link id 16 bytes | expiry 4 bytes, seconds) and a
 * 128-bit HMAC-SHA256 (deps.secret) over the link id, the quote id, the customer id and the expiry.
 * It is therefore useless for any other quote or customer, cannot be extended, and names a
 * `quote_link` row, so a link can be revoked. Both parts must be in canonical base64url form: an
 * altered character — even one that only flips padding bits — never verifies. The token sits in the
 * URL fragment, which browsers never send, so a previewer fetching the page learns nothing; the page
 * calls the link API with it. Verification reads only; nothing is written on a GET.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { QUOTE_LINK_TTL_MS } from '@shared/quotes/quote-link.schema.ts';
import { hmac, safeEqual } from '../auth/crypto.ts';
import type { DbOrTx } from '../db/client.ts';
import { quoteLinks, quotes } from './quote.table.ts';

const PAYLOAD_CHARS = 27; // 20 bytes
const SIG_CHARS = 22; // 16 bytes

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const bytesUuid = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

function signature(secret: string, linkId: string, quoteId: string, customerId: string, exp: number) {
  const mac = hmac(secret, `quote-link.v1|${linkId}|${quoteId}|${customerId}|${exp}`);
  return Buffer.from(mac, 'base64url').subarray(0, 16).toString('base64url');
}

export function signLinkToken(
  secret: string,
  link: { id: string; quoteId: string; customerId: string; expiresAt: Date },
) {
  const exp = Math.floor(link.expiresAt.getTime() / 1000);
  const payload = Buffer.alloc(20);
  uuidBytes(link.id).copy(payload, 0);
  payload.writeUInt32BE(exp, 16);
  return payload.toString('base64url') + signature(secret, link.id, link.quoteId, link.customerId, exp);
}

export const linkPath = (quoteId: string, token: string) => `/approve.html?q=${quoteId}#${token}`;

/**
 * Creates a link row and its token (in the caller's transaction). A new link revokes the quote's older
 * ones: only the latest text message opens the quote.
 */
export async function createLink(
  tx: DbOrTx,
  secret: string,
  quote: { id: string; customerId: string },
  now: Date,
  staffId: string | null,
) {
  const expiresAt = new Date(Math.floor((now.getTime() + QUOTE_LINK_TTL_MS) / 1000) * 1000);
  await tx
    .update(quoteLinks)
    .set({ revokedAt: now })
    .where(and(eq(quoteLinks.quoteId, quote.id), isNull(quoteLinks.revokedAt)));
  const [row] = await tx
    .insert(quoteLinks)
    .values({
      id: randomUUID(),
      quoteId: quote.id,
      customerId: quote.customerId,
      expiresAt,
      createdById: staffId,
      createdAt: now,
    })
    .returning();
  const token = signLinkToken(secret, row!);
  return { token, path: linkPath(quote.id, token), expiresAt };
}

export type LinkCheck =
  | { status: 'ok'; quote: typeof quotes.$inferSelect; expiresAt: Date }
  | { status: 'invalid' }
  | { status: 'expired'; quote: typeof quotes.$inferSelect };

/**
 * Checks a token presented for `quoteId`: well formed, signed by us for this link, this quote and
 * its customer, not revoked, not expired. Another quote's token, or a forged one, is 'invalid'.
 */
export async function checkLinkToken(
  db: DbOrTx,
  secret: string,
  quoteId: string,
  token: string,
  now: Date,
): Promise<LinkCheck> {
  if (token.length !== PAYLOAD_CHARS + SIG_CHARS || !/^[A-Za-z0-9_-]+$/.test(token)) return { status: 'invalid' };
  const payloadText = token.slice(0, PAYLOAD_CHARS);
  const payload = Buffer.from(payloadText, 'base64url');
  if (payload.length !== 20 || payload.toString('base64url') !== payloadText) return { status: 'invalid' };
  const linkId = bytesUuid(payload.subarray(0, 16));
  const exp = payload.readUInt32BE(16);
  const [link] = await db
    .select()
    .from(quoteLinks)
    .where(and(eq(quoteLinks.id, linkId), eq(quoteLinks.quoteId, quoteId)));
  if (!link || link.revokedAt) return { status: 'invalid' };
  const expected = signature(secret, link.id, link.quoteId, link.customerId, exp);
  if (!safeEqual(expected, token.slice(PAYLOAD_CHARS))) return { status: 'invalid' };
  if (exp * 1000 !== link.expiresAt.getTime()) return { status: 'invalid' };
  const [quote] = await db
    .select()
    .from(quotes)
    .where(and(eq(quotes.id, link.quoteId), eq(quotes.customerId, link.customerId)));
  if (!quote || quote.status === 'draft') return { status: 'invalid' };
  if (now.getTime() >= exp * 1000) return { status: 'expired', quote };
  return { status: 'ok', quote, expiresAt: link.expiresAt };
}
