/**
 * Steps the referral tests share (server tests and the browser test): a referrer with a link, and a
 * friend going through the invite API as the invite page does, reading the texted code.
 */
import { randomUUID } from 'node:crypto';
import type { InviteBooked, InviteVerified } from '@shared/referral/invite.schema.ts';
import type { ReferralLink } from '@shared/referral/referral.schema.ts';
import type { Client, TestServer } from '../../tests/helpers/test-server.ts';

/** Queues `referral.setup` through the outbox and returns the link the server made. */
export async function makeLink(c: Client, familyName = '张', title: 'mr' | 'ms' = 'mr'): Promise<ReferralLink> {
  const r = await c.post<{ results: { status: string; result?: ReferralLink }[] }>('/api/sync/push', {
    clientId: randomUUID(),
    mutations: [{ seq: 1, name: 'referral.setup', args: { familyName, title }, at: new Date().toISOString() }],
  });
  const result = r.body.results[0];
  if (result?.status !== 'applied') throw new Error(`referral.setup: ${JSON.stringify(r.body)}`);
  return result.result as ReferralLink;
}

/** A customer registered by staff under a full name, signed in with their phone. */
export async function customerNamed(s: TestServer, phone: string, name: string) {
  const advisor = await s.signInStaff('advisor');
  const made = await advisor.post('/api/staff/customers', { phone, name });
  if (made.status !== 201) throw new Error(`customer: ${made.status}`);
  return s.signInCustomer(phone);
}

/** The texted code for a phone, as the friend reads it from the message. */
export const textedCode = (s: TestServer, phone: string) => s.sms.last(phone)?.text.match(/\d{6}/)?.[0] ?? '';

export async function verifyFriend(s: TestServer, code: string, friend: { name: string; phone: string }) {
  const sent = await s.anon.post(`/api/invite/${code}/code`, { phone: friend.phone });
  if (sent.status !== 200) throw new Error(`code: ${sent.status} ${JSON.stringify(sent.body)}`);
  return s.anon.post<InviteVerified>(`/api/invite/${code}/verify`, { ...friend, code: textedCode(s, friend.phone) });
}

/** A friend verifies and books; returns the booking answer. */
export async function friendBooks(
  s: TestServer,
  code: string,
  friend: { name: string; phone: string },
  date: string,
  service: 'test_drive' | 'first_service' = 'test_drive',
) {
  const v = await verifyFriend(s, code, friend);
  if (v.body.state !== 'verified') throw new Error(`verify: ${JSON.stringify(v.body)}`);
  return s.anon.post<InviteBooked>(`/api/invite/${code}/book`, {
    ticket: v.body.ticket,
    service,
    date,
    partOfDay: 'morning',
  });
}
