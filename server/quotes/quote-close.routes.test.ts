/**
 * Issue 19 items 2 and 4: a quote still open when the car is handed over is withdrawn (its link and
 * the app refuse a decision, the customer is told why); deciding or withdrawing a quote settles its
 * "waiting for you" notices, and a decision is acknowledged with a notice of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from '@shared/notifications/notification.schema.ts';
import type { QuoteView } from '@shared/quotes/quote-view.schema.ts';
import type { StaffQuote } from '@shared/quotes/staff-quote.schema.ts';
import { startTestServer, type Client, type TestServer } from '../../tests/helpers/test-server.ts';
import { createAndSend, device, mirror, openVisits, signature, tokenOf } from './quote.test-kit.ts';

let s: TestServer;
let staff: Client;
let zhang: Client;
let visitId: string;
const lines = [{ tier: 'required' as const, title: '右前轮胎更换', partsFen: 120_000, labourFen: 10_000 }];
beforeAll(async () => {
  s = await startTestServer();
  staff = await s.signInStaff('advisor');
  zhang = await s.signInCustomer();
  visitId = (await openVisits(staff))[0]!.visitId;
});
afterAll(() => s?.stop());

const noticesOf = async (quoteId: string) =>
  (await mirror(zhang)).of<Notification>('notification').filter((n) => n.link === `/quotes/${quoteId}`);
const decideArgs = (q: StaffQuote) => ({
  quoteId: q.id,
  version: q.version,
  decisions: q.lines.map((l) => ({ lineKey: l.key, decision: 'approve' })),
  signature,
});

describe('closing a quote', () => {
  it('a decision settles the waiting notice and is acknowledged', async () => {
    const sent = await createAndSend(staff, visitId, lines);
    expect((await noticesOf(sent.quote.id)).map((n) => [n.kind, n.settledAt])).toEqual([['quote_waiting', null]]);
    expect((await device(zhang).push('quote.decide', decideArgs(sent.quote))).status).toBe('applied');
    const notices = await noticesOf(sent.quote.id);
    const waiting = notices.find((n) => n.kind === 'quote_waiting')!;
    expect(waiting.settledAt).not.toBeNull();
    expect(waiting.readAt).not.toBeNull();
    expect(notices.find((n) => n.kind === 'quote_decided')).toMatchObject({ settledAt: null, readAt: null });
  });

  it('staff withdraw a waiting quote: the app and the link refuse a decision; a decided one stays', async () => {
    const sent = await createAndSend(staff, visitId, lines, 'standard', s.sms);
    const r = await staff.post<StaffQuote>(`/api/staff/quotes/${sent.quote.id}/withdraw`, {});
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('withdrawn');
    expect((await mirror(zhang)).get<QuoteView>('quote', sent.quote.id)).toMatchObject({
      status: 'withdrawn',
      withdrawnReason: 'staff',
    });
    expect(await device(zhang).push('quote.decide', decideArgs(sent.quote))).toMatchObject({
      status: 'refused',
      reason: 'gone',
    });
    const link = await fetch(`${s.url}/api/quote-link/${sent.quote.id}/${tokenOf(sent.path)}`);
    expect(link.status).toBe(410);
    expect((await staff.post(`/api/staff/quotes/${sent.quote.id}/withdraw`, {})).status).toBe(410);

    const decided = await createAndSend(staff, visitId, lines);
    await device(zhang).push('quote.decide', decideArgs(decided.quote));
    const again = await staff.post(`/api/staff/quotes/${decided.quote.id}/withdraw`, {});
    expect(again.status).toBe(409);
  });

  it('delivering the car withdraws what still waits, tells the customer why, and the link refuses', async () => {
    const sent = await createAndSend(staff, visitId, lines, 'standard', s.sms);
    for (const kind of ['ready_for_pickup', 'delivered']) {
      const r = await staff.post(`/api/staff/timeline/visits/${visitId}/events`, { kind, note: null });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    expect((await mirror(zhang)).get<QuoteView>('quote', sent.quote.id)).toMatchObject({
      status: 'withdrawn',
      withdrawnReason: 'visit_delivered',
    });
    const notices = await noticesOf(sent.quote.id);
    expect(notices.find((n) => n.kind === 'quote_waiting')!.settledAt).not.toBeNull();
    expect(notices.find((n) => n.kind === 'quote_withdrawn')!.body.zh).toContain('车辆已交付');

    const api = `${s.url}/api/quote-link/${sent.quote.id}/${tokenOf(sent.path)}`;
    const decision = await fetch(`${api}/decide`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        version: sent.quote.version,
        decisions: sent.quote.lines.map((l) => ({ lineKey: l.key, decision: 'approve' })),
        signature,
      }),
    });
    expect(decision.status).toBe(410);
    const staffView = (await staff.get<StaffQuote>(`/api/staff/quotes/${sent.quote.id}`)).body;
    expect(staffView).toMatchObject({ status: 'withdrawn', authorizations: [] });
  });
});
