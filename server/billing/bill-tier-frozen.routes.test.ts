/**
 * The member discount on a bill is the one the quote was signed with: a payment large enough to move
 * 张先生 from gold to platinum does not turn the paid bill's 10 % into 20 % when the bill is rebuilt
 * (the standing at a past moment counts only what was paid up to it).
 */
import { describe, expect, it } from 'vitest';
import type { BillView } from '@shared/billing/bill-view.ts';
import type { MembershipView } from '@shared/membership/membership-view.schema.ts';
import { quoteRoutesFixture } from '../quotes/quote-routes.fixture.ts';
import { demoQuote, device, mirror, signature } from '../quotes/quote.test-kit.ts';

const f = quoteRoutesFixture();

describe('the discount on a paid bill', () => {
  it('stays the tier the quote was signed with after the payment moves the tier', async () => {
    const q = await demoQuote(f.staff);
    const decided = await device(f.zhang).push('quote.decide', {
      quoteId: q.id,
      version: q.version,
      packageChoice: 'required',
      decisions: q.lines.map((l) => ({ lineKey: l.key, decision: l.tier === 'required' ? 'approve' : 'decline' })),
      signature,
    });
    expect(decided.status).toBe('applied');
    // Big enough work that paying it crosses the 3,000 yuan to platinum.
    const path = `/api/staff/health-record/visits/${q.visitId}`;
    const work = [{ title: '电池包检修', titleEn: null, partsFen: 400_000, labourFen: 20_000 }];
    expect((await f.staff.post(path, { items: work })).status).toBe(200);
    const events = `/api/staff/timeline/visits/${q.visitId}/events`;
    expect((await f.staff.post(events, { kind: 'ready_for_pickup' })).status).toBe(201);

    const before = (await f.staff.get<BillView>(`/api/staff/billing/visits/${q.visitId}`)).body;
    expect(before.deductions.filter((d) => d.kind === 'member_discount')).toMatchObject([{ tier: 'gold', pct: 10 }]);
    expect((await f.staff.post(path, { payment: { paidFen: before.dueFen, method: 'card' } })).status).toBe(200);
    expect((await f.staff.post(events, { kind: 'delivered' })).status).toBe(201);

    expect((await f.zhang.get<MembershipView>('/api/membership')).body.tier.code).toBe('platinum');
    const after = (await mirror(f.zhang)).get<BillView>('bill', q.visitId)!;
    expect(after.deductions).toEqual(before.deductions);
    expect(after).toMatchObject({ dueFen: before.dueFen, paidFen: before.dueFen, outstandingFen: 0 });
  });
});
