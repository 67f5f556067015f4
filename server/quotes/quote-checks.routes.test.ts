/**
 * Refusals at the edges: incomplete or past-dated decisions, another vehicle's findings, and a
 * technician who may read quotes but not write them.
 */
import { describe, expect, it } from 'vitest';
import { quoteRoutesFixture } from './quote-routes.fixture.ts';
import { createAndSend, demoQuote, device, openVisits, signature } from './quote.test-kit.ts';

const f = quoteRoutesFixture();

describe('checks', () => {
  it('needs every line decided and a deferral time ahead', async () => {
    const visitId = (await openVisits(f.staff))[0]!.visitId;
    const { quote } = await createAndSend(f.staff, visitId, [
      { tier: 'recommended', title: '雨刮片更换', partsFen: 9_000, labourFen: 3_000 },
      { tier: 'optional', title: '玻璃镀膜', partsFen: 20_000, labourFen: 10_000 },
    ]);
    const [a, b] = quote.lines.map((l) => l.key) as [string, string];
    const d = device(f.zhang);
    expect(
      await d.push('quote.decide', {
        quoteId: quote.id,
        version: 1,
        decisions: [{ lineKey: a, decision: 'approve' }],
        signature,
      }),
    ).toMatchObject({
      status: 'refused',
      reason: 'invalid',
    });
    const past = new Date(Date.now() - 86_400_000).toISOString();
    expect(
      await d.push('quote.decide', {
        quoteId: quote.id,
        version: 1,
        decisions: [
          { lineKey: a, decision: 'defer', deferUntil: past },
          { lineKey: b, decision: 'decline' },
        ],
        signature,
      }),
    ).toMatchObject({ status: 'refused', reason: 'invalid' });
    expect(
      await d.push('quote.decide', {
        quoteId: quote.id,
        version: 1,
        decisions: [],
        signature: { kind: 'typed', name: ' ' },
      }),
    ).toMatchObject({ status: 'refused', reason: 'invalid' });
  });

  it('only takes findings of the visit’s vehicle', async () => {
    const visitId = (await openVisits(f.staff))[0]!.visitId;
    const r = await f.staff.post('/api/staff/quotes', {
      visitId,
      title: 'x',
      lines: [
        { tier: 'required', title: 'y', partsFen: 1, labourFen: 1, findingId: '00000000-0000-4000-8000-000000000000' },
      ],
    });
    expect(r.status).toBe(400);
  });

  it('lets a technician read but not write quotes', async () => {
    const tech = await f.s.signInStaff('technician');
    const q = await demoQuote(tech);
    expect(q.id).toBeTruthy();
    expect((await tech.post(`/api/staff/quotes/${q.id}/link`, {})).status).toBe(403);
  });
});
