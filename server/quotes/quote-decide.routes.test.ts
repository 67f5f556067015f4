/**
 * Deciding from the app: the signed authorization record, deferrals turned into booking proposals,
 * and the refusal of a second decision. The tests run in order on one quote (the second needs the first).
 */
import { describe, expect, it } from 'vitest';
import { verifyAuthorization } from '@shared/quotes/canonical.ts';
import { deferAt } from '@shared/quotes/defer.ts';
import type { AuthorizationRecord } from '@shared/quotes/authorization.schema.ts';
import type { Deferral } from '@shared/quotes/deferral.schema.ts';
import type { QuoteView } from '@shared/quotes/quote-view.schema.ts';
import type { StaffQuote } from '@shared/quotes/staff-quote.schema.ts';
import { quoteRoutesFixture } from './quote-routes.fixture.ts';
import { demoQuote, device, mirror, signature } from './quote.test-kit.ts';

const f = quoteRoutesFixture();

const nextWeek = () => deferAt('next_week', new Date(), 'Asia/Shanghai');

describe('deciding from the app (quote.decide)', () => {
  it('records the advised package with a declined optional and a deferred recommended line, signed by name', async () => {
    const q = await demoQuote(f.staff);
    const [fluid, cabin, pads, coating] = q.lines.map((l) => l.key) as [string, string, string, string];
    const due = nextWeek();
    const r = await device(f.zhang).push('quote.decide', {
      quoteId: q.id,
      version: 1,
      packageChoice: 'advised',
      decisions: [
        { lineKey: fluid, decision: 'approve' },
        { lineKey: cabin, decision: 'approve' },
        { lineKey: pads, decision: 'defer', deferUntil: due },
        { lineKey: coating, decision: 'decline' },
      ],
      signature,
    });
    expect(r.status).toBe('applied');

    const m = await mirror(f.zhang);
    const record = m.of<AuthorizationRecord>('quote_authorization').find((a) => a.quoteId === q.id)!;
    expect(record.lines.map((l) => [l.title, l.totalFen, l.decision, l.deferUntil])).toEqual([
      ['刹车油更换', 38_000, 'approve', null],
      ['空调滤芯更换', 20_000, 'approve', null],
      ['前刹车片更换', 88_000, 'defer', due],
      ['全车镀膜', 120_000, 'decline', null],
    ]);
    expect(record).toMatchObject({
      quoteVersion: 1,
      approvedTotalFen: 58_000,
      deferredTotalFen: 88_000,
      declinedTotalFen: 120_000,
    });
    expect(record.signature).toEqual(signature);
    expect(await verifyAuthorization(record)).toBe(true);
    expect(m.get<QuoteView>('quote', q.id)).toMatchObject({ status: 'decided', authorizationId: record.id });

    // The deferred line is kept at the chosen time, never lost.
    const deferral = m.of<Deferral>('quote_deferral').find((d) => d.quoteId === q.id)!;
    expect(deferral).toMatchObject({
      lineKey: pads,
      title: '前刹车片更换',
      dueAt: due,
      kind: 'booking',
      status: 'proposed',
    });
    // …and offered as a proposed booking around that time (the nearest free slot), accepted with one tap.
    const proposal = m.get<{ suggestedStartsAt: string; status: string }>('booking_proposal', deferral.proposalId!)!;
    expect(proposal.status).toBe('open');
    expect(Math.abs(Date.parse(proposal.suggestedStartsAt) - Date.parse(due))).toBeLessThanOrEqual(86_400_000);

    // The center sees the very same record.
    const seen = (await f.staff.get<StaffQuote>(`/api/staff/quotes/${q.id}`)).body;
    const { hashVerified, ...same } = seen.authorizations[0]!;
    expect(same).toEqual(record);
    expect(hashVerified).toBe(true);
    expect(seen.deferrals).toHaveLength(1);
  });

  it('refuses a second decision on the same quote', async () => {
    const q = await demoQuote(f.staff);
    const r = await device(f.zhang).push('quote.decide', {
      quoteId: q.id,
      version: 1,
      decisions: q.lines.map((l) => ({ lineKey: l.key, decision: 'approve' })),
      signature,
    });
    expect(r).toMatchObject({ status: 'refused', reason: 'already_decided' });
  });
});
