import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUOTE_LINK_TTL_MS, type LinkAnswer, type LinkQuote } from '@shared/quotes/quote-link.schema.ts';
import type { StaffQuote } from '@shared/quotes/staff-quote.schema.ts';
import { startTestServer, type Client, type TestServer } from '../../tests/helpers/test-server.ts';
import { createAndSend, device, openVisits, type Sent, signature, textedPath, tokenOf } from './quote.test-kit.ts';

let s: TestServer;
let staff: Client;
let visitId: string;
const lines = [
  { tier: 'required' as const, title: '右前轮胎更换', partsFen: 120_000, labourFen: 10_000 },
  { tier: 'optional' as const, title: '四轮定位', partsFen: 0, labourFen: 45_000 },
];
beforeAll(async () => {
  s = await startTestServer();
  staff = await s.signInStaff('advisor');
  visitId = (await openVisits(staff))[0]!.visitId;
});
afterAll(() => s?.stop());

/** No cookie at all: what a phone's browser opening the SMS link has. */
const call = async (method: 'GET' | 'POST', path: string, json?: unknown) => {
  const res = await fetch(s.url + path, {
    method,
    ...(json === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) }),
  });
  const text = await res.text();
  return { status: res.status, text, body: text ? JSON.parse(text) : null };
};
const api = (sent: Sent, token = tokenOf(sent.path)) => `/api/quote-link/${sent.quote.id}/${token}`;
const decideBody = (q: { version: number; lines: { key: string }[] }) => ({
  version: q.version,
  decisions: q.lines.map((l, i) => ({ lineKey: l.key, decision: i === 0 ? 'approve' : 'decline' })),
  signature: { kind: 'typed', name: '张伟' },
});

describe('the remote approval link', () => {
  it('shows only this quote, with no customer data, and a GET changes nothing', async () => {
    const sent = await createAndSend(staff, visitId, lines, 'standard', s.sms);
    expect(sent.path).toMatch(new RegExp(`^/approve\\.html\\?q=${sent.quote.id}#[\\w-]{49}$`));
    const first = await call('GET', api(sent));
    expect(first.status).toBe(200);
    const body = first.body as LinkQuote;
    expect(body).toMatchObject({
      state: 'open',
      vehicle: { plateMasked: '沪AD***45' },
      center: { name: '徐汇服务中心' },
    });
    expect(body.quote.lines.map((l) => l.title)).toEqual(['右前轮胎更换', '四轮定位']);
    for (const secret of ['张先生', '13800138000', '沪AD12345', 'LRW3E7FA5MC123456', sent.quote.customerId]) {
      expect(first.text).not.toContain(secret);
    }
    await call('GET', api(sent));
    const after = (await staff.get<StaffQuote>(`/api/staff/quotes/${sent.quote.id}`)).body;
    expect(after).toMatchObject({ status: 'sent', authorizations: [] });
  });

  it('refuses a token with any one character altered, or presented for another quote', async () => {
    const a = await createAndSend(staff, visitId, lines, 'standard', s.sms);
    const b = await createAndSend(staff, visitId, lines, 'standard', s.sms);
    const token = tokenOf(a.path);
    for (let i = 0; i < token.length; i++) {
      const swapped = token[i] === 'A' ? 'B' : 'A';
      const altered = token.slice(0, i) + swapped + token.slice(i + 1);
      const r = await call('GET', api(a, altered));
      expect([i, r.status]).toEqual([i, 404]);
    }
    expect((await call('GET', `/api/quote-link/${b.quote.id}/${token}`)).status).toBe(404);
    expect((await call('POST', `/api/quote-link/${b.quote.id}/${token}/decide`, decideBody(b.quote))).status).toBe(404);
    expect((await call('GET', api(a, `${token.slice(0, 48)}!`))).status).toBe(400);
  });

  it('decides from the link once; the same link then shows the decision, not a form', async () => {
    const sent = await createAndSend(staff, visitId, lines, 'standard', s.sms);
    const r = await call('POST', `${api(sent)}/decide`, decideBody(sent.quote));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ state: 'decided', approvedTotalFen: 130_000, declinedTotalFen: 45_000 });
    const record = (await staff.get<StaffQuote>(`/api/staff/quotes/${sent.quote.id}`)).body.authorizations[0]!;
    expect(record).toMatchObject({ channel: 'link', hashVerified: true, signature: { kind: 'typed', name: '张伟' } });
    expect(r.text).not.toContain(sent.quote.customerId);

    const again = await call('GET', api(sent));
    expect(again.status).toBe(200);
    expect((again.body as LinkAnswer).state).toBe('decided');
    expect((await call('POST', `${api(sent)}/decide`, decideBody(sent.quote))).body).toMatchObject({
      error: 'already_decided',
    });
  });

  it('refuses an outdated version with what changed', async () => {
    const sent = await createAndSend(staff, visitId, lines, 'standard', s.sms);
    await staff.post(`/api/staff/quotes/${sent.quote.id}/revise`, {
      lines: [{ ...lines[0], key: sent.quote.lines[0]!.key, partsFen: 100_000 }],
    });
    const r = await call('POST', `${api(sent)}/decide`, decideBody(sent.quote));
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ error: 'quote_outdated', details: { currentVersion: 2 } });
    expect(r.body.details.changes.map((c: { kind: string }) => c.kind)).toEqual(['price', 'removed']);
  });

  it('validates the decision body without echoing it', async () => {
    const sent = await createAndSend(staff, visitId, lines, 'standard', s.sms);
    const r = await call('POST', `${api(sent)}/decide`, {
      ...decideBody(sent.quote),
      signature: { kind: 'typed', name: 'ECHO<mark>'.repeat(10) },
    });
    expect(r.status).toBe(400);
    expect(r.text).not.toContain('ECHO<mark>');
  });

  it('serves no photo that is not of this quote’s findings', async () => {
    const sent = await createAndSend(staff, visitId, lines, 'standard', s.sms);
    expect((await call('GET', `${api(sent)}/photos/00000000-0000-4000-8000-000000000000/thumb`)).status).toBe(404);
  });

  it('races: the app and the link deciding at once give exactly one record', async () => {
    const zhang = await s.signInCustomer();
    for (let i = 0; i < 3; i++) {
      const sent = await createAndSend(staff, visitId, lines, 'standard', s.sms);
      const [app, link] = await Promise.all([
        device(zhang).push('quote.decide', { quoteId: sent.quote.id, ...decideBody(sent.quote), signature }),
        call('POST', `${api(sent)}/decide`, decideBody(sent.quote)),
      ]);
      const wins = [app.status === 'applied', link.status === 200].filter(Boolean).length;
      expect(wins).toBe(1);
      if (app.status !== 'applied') expect(app.reason).toBe('already_decided');
      else expect(link.body).toMatchObject({ error: 'already_decided' });
      expect((await staff.get<StaffQuote>(`/api/staff/quotes/${sent.quote.id}`)).body.authorizations).toHaveLength(1);
    }
  });

  it('races: a revision and an approval of v1 at once never leave a record of an outdated version', async () => {
    for (let i = 0; i < 3; i++) {
      const sent = await createAndSend(staff, visitId, lines, 'standard', s.sms);
      const key = sent.quote.lines[0]!.key;
      const [revised, decided] = await Promise.all([
        staff.post(`/api/staff/quotes/${sent.quote.id}/revise`, { lines: [{ ...lines[0], key, partsFen: 99_000 }] }),
        call('POST', `${api(sent)}/decide`, decideBody(sent.quote)),
      ]);
      const after = (await staff.get<StaffQuote>(`/api/staff/quotes/${sent.quote.id}`)).body;
      if (decided.status === 200) {
        expect(revised.status).toBe(409);
        expect(after).toMatchObject({ version: 1, status: 'decided' });
        expect(after.authorizations[0]!.quoteVersion).toBe(1);
      } else {
        expect(decided.body).toMatchObject({ error: 'quote_outdated' });
        expect(revised.status).toBe(200);
        expect(after).toMatchObject({ version: 2, status: 'sent', authorizations: [] });
      }
    }
  });

  it('expires: the link answers link_expired and cannot decide', async () => {
    const sent = await createAndSend(staff, visitId, lines, 'standard', s.sms);
    s.clock.advance(QUOTE_LINK_TTL_MS + 1000);
    try {
      expect(await call('GET', api(sent))).toMatchObject({
        status: 410,
        body: { error: 'link_expired', details: { center: { name: '徐汇服务中心', phone: '021-6468 0000' } } },
      });
      expect((await call('POST', `${api(sent)}/decide`, decideBody(sent.quote))).status).toBe(410);
    } finally {
      s.clock.real();
    }
    expect((await staff.post(`/api/staff/quotes/${sent.quote.id}/link`, {})).status).toBe(200);
    expect((await call('GET', api(sent, tokenOf(textedPath(s.sms))))).status).toBe(200);
  });
});
