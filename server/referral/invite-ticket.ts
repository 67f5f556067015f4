/**
 * The ticket the invite page gets once the friend's phone is verified: it lets that one lead book
 * within INVITE_TICKET_TTL_MS, without a session or a cookie. Signed, not stored:
 * `<lead id>.<expiry ms>.<HMAC>`; an altered or expired ticket is simply not valid.
 */
import { INVITE_TICKET_TTL_MS } from '@shared/referral/invite.schema.ts';
import { hmac, safeEqual } from '../auth/crypto.ts';

const mac = (secret: string, leadId: string, exp: number) => hmac(secret, `invite-ticket:${leadId}:${exp}`);

export function makeTicket(secret: string, leadId: string, now: Date) {
  const exp = now.getTime() + INVITE_TICKET_TTL_MS;
  return `${leadId}.${exp}.${mac(secret, leadId, exp)}`;
}

/** The lead id the ticket was made for, or null when it is altered or expired. */
export function checkTicket(secret: string, ticket: string, now: Date): string | null {
  const [leadId, expText, sig] = ticket.split('.');
  const exp = Number(expText);
  if (!leadId || !sig || !Number.isFinite(exp) || exp <= now.getTime()) return null;
  return safeEqual(sig, mac(secret, leadId, exp)) ? leadId : null;
}
