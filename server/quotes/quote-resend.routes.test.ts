/**
 * Item 4 of the hostile-input review, the parts that live in the link flow: a new approval link
 * revokes the older ones (only the latest text message opens the quote), and the link in the text is
 * never built from the request's Host header.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CUSTOMER_PHONE, startTestServer, type Client, type TestServer } from '../../tests/helpers/test-server.ts';
import { createAndSend, openVisits } from './quote.test-kit.ts';

let s: TestServer;
let staff: Client;
let visitId: string;
const lines = [{ tier: 'required' as const, title: '右前轮胎更换', partsFen: 120_000, labourFen: 10_000 }];
beforeAll(async () => {
  s = await startTestServer();
  staff = await s.signInStaff('advisor');
  visitId = (await openVisits(staff))[0]!.visitId;
});
afterAll(() => s?.stop());

/** The token in the last link texted to the customer. */
const textedToken = () => s.sms.last(DEMO_CUSTOMER_PHONE, 'quote_link')!.text.match(/#([\w-]{49})/)![1]!;
const open = async (quoteId: string, token: string) =>
  (await fetch(`${s.url}/api/quote-link/${quoteId}/${token}`)).status;

describe('approval links on resend', () => {
  it('a new link revokes the older ones', async () => {
    const sent = await createAndSend(staff, visitId, lines);
    const first = textedToken();
    expect(await open(sent.quote.id, first)).toBe(200);
    expect((await staff.post(`/api/staff/quotes/${sent.quote.id}/link`, {})).status).toBe(200);
    const second = textedToken();
    expect(second).not.toBe(first);
    expect(await open(sent.quote.id, first)).toBe(404);
    expect(await open(sent.quote.id, second)).toBe(200);
  });

  it('staff answers never hold the approval token or link, only where it was sent', async () => {
    const created = await staff.post<{ id: string }>('/api/staff/quotes', { visitId, title: '追加项目', lines });
    const sent = await staff.fetch(`/api/staff/quotes/${created.body.id}/send`, { method: 'POST', json: {} });
    const sentText = await sent.text();
    const token = textedToken();
    const resent = await (
      await staff.fetch(`/api/staff/quotes/${created.body.id}/link`, { method: 'POST', json: {} })
    ).text();
    const again = textedToken();
    const read = await (await staff.fetch(`/api/staff/quotes/${created.body.id}`)).text();
    for (const body of [sentText, resent, read]) {
      expect(body).not.toContain(token);
      expect(body).not.toContain(again);
      expect(body).not.toContain('approve.html');
    }
    expect(JSON.parse(sentText).link).toEqual({ sentTo: '138****8000', expiresAt: expect.any(String) });
  });

  it('a forged Host header does not reach the text message', async () => {
    const sent = await createAndSend(staff, visitId, lines);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${s.url}/api/staff/quotes/${sent.quote.id}/link`,
        {
          method: 'POST',
          headers: { host: 'evil.example', cookie: staff.cookie, 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(200);
    expect(s.sms.last(DEMO_CUSTOMER_PHONE, 'quote_link')!.text).not.toContain('evil.example');
  });
});
