/**
 * Revisions: a sent quote gets a new version and an approval of the old one is refused with what
 * changed; a draft is changed in place and stays invisible to the customer.
 */
import { describe, expect, it } from 'vitest';
import type { AuthorizationRecord } from '@shared/quotes/authorization.schema.ts';
import type { QuoteOutdatedDetails } from '@shared/quotes/decide-args.schema.ts';
import type { QuoteView } from '@shared/quotes/quote-view.schema.ts';
import type { StaffQuote } from '@shared/quotes/staff-quote.schema.ts';
import { quoteRoutesFixture } from './quote-routes.fixture.ts';
import { createAndSend, device, mirror, openVisits, signature } from './quote.test-kit.ts';

const f = quoteRoutesFixture();

describe('revisions', () => {
  const lines = [
    { tier: 'required' as const, title: '右前轮胎更换', partsFen: 120_000, labourFen: 10_000 },
    { tier: 'optional' as const, title: '四轮定位', partsFen: 0, labourFen: 45_000 },
  ];

  it('refuses an approval of an outdated version with what changed, and the customer sees the new version', async () => {
    const visitId = (await openVisits(f.staff))[0]!.visitId;
    const { quote } = await createAndSend(f.staff, visitId, lines);
    const [tyre, alignment] = quote.lines.map((l) => l.key) as [string, string];
    const revised = await f.staff.post<StaffQuote>(`/api/staff/quotes/${quote.id}/revise`, {
      reason: '轮胎到货价格调整',
      lines: [
        { ...lines[0], key: tyre, partsFen: 110_000 },
        { tier: 'recommended', title: '轮胎动平衡', partsFen: 0, labourFen: 8_000 },
      ],
    });
    expect(revised.status).toBe(200);
    expect(revised.body.version).toBe(2);

    const r = await device(f.zhang).push('quote.decide', {
      quoteId: quote.id,
      version: 1,
      decisions: [
        { lineKey: tyre, decision: 'approve' },
        { lineKey: alignment, decision: 'decline' },
      ],
      signature,
    });
    expect(r).toMatchObject({ status: 'refused', reason: 'quote_outdated' });
    const details = r.result as QuoteOutdatedDetails;
    expect(details.currentVersion).toBe(2);
    expect(details.changes.map((c) => [c.kind, c.title, c.beforeFen, c.afterFen])).toEqual([
      ['price', '右前轮胎更换', 130_000, 120_000],
      ['added', '轮胎动平衡', null, 8_000],
      ['removed', '四轮定位', 45_000, null],
    ]);

    const m = await mirror(f.zhang);
    const view = m.get<QuoteView>('quote', quote.id)!;
    expect(view).toMatchObject({
      version: 2,
      status: 'sent',
      revision: { fromVersion: 1, toVersion: 2, reason: '轮胎到货价格调整' },
    });
    expect(m.of<AuthorizationRecord>('quote_authorization').some((a) => a.quoteId === quote.id)).toBe(false);

    const again = await device(f.zhang).push('quote.decide', {
      quoteId: quote.id,
      version: 2,
      decisions: view.lines.map((l) => ({ lineKey: l.key, decision: 'approve' })),
      signature,
    });
    expect(again.status).toBe('applied');
    expect((await f.staff.post(`/api/staff/quotes/${quote.id}/revise`, { lines })).status).toBe(409);
  });

  it('changes a draft in place and never shows it to the customer', async () => {
    const visitId = (await openVisits(f.staff))[0]!.visitId;
    const draft = await f.staff.post<StaffQuote>('/api/staff/quotes', { visitId, title: '草稿', lines });
    const revised = await f.staff.post<StaffQuote>(`/api/staff/quotes/${draft.body.id}/revise`, {
      lines: lines.slice(0, 1),
    });
    expect(revised.body).toMatchObject({ version: 1, status: 'draft' });
    expect(revised.body.lines).toHaveLength(1);
    expect((await mirror(f.zhang)).get('quote', draft.body.id)).toBeUndefined();
    const r = await device(f.zhang).push('quote.decide', {
      quoteId: draft.body.id,
      version: 1,
      decisions: revised.body.lines.map((l) => ({ lineKey: l.key, decision: 'approve' })),
      signature,
    });
    expect(r).toMatchObject({ status: 'refused', reason: 'not_found' });
  });
});
