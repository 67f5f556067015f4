/**
 * The final bill ([O] 15) on a real server: a visit with an approved quote is finished, paid and
 * delivered; the bill mirrored to the customer lists exactly the visit's work and the approved lines
 * (not the deferred or declined ones), the tier discount as its own line, and what was paid. The
 * receipt request goes through the outbox, once, and refuses a bad taxpayer id and another's visit.
 * The tests run in order on one visit.
 */
import { describe, expect, it } from 'vitest';
import type { BillView } from '@shared/billing/bill-view.ts';
import { deferAt } from '@shared/quotes/defer.ts';
import { DEMO_SECOND_CUSTOMER_PHONE } from '../../tests/helpers/test-server.ts';
import { quoteRoutesFixture } from '../quotes/quote-routes.fixture.ts';
import { demoQuote, device, mirror, signature } from '../quotes/quote.test-kit.ts';

const f = quoteRoutesFixture();
let visitId = '';
const zhangDevice = () => device(f.zhang);
const bill = async () => (await mirror(f.zhang)).get<BillView>('bill', visitId);

describe('the final bill', () => {
  it('lists exactly the visit’s work and the approved quote lines, the tier discount and the paid total', async () => {
    const q = await demoQuote(f.staff);
    visitId = q.visitId;
    const [fluid, cabin, pads, coating] = q.lines.map((l) => l.key) as [string, string, string, string];
    const decided = await zhangDevice().push('quote.decide', {
      quoteId: q.id,
      version: q.version,
      packageChoice: 'advised',
      decisions: [
        { lineKey: fluid, decision: 'approve' },
        { lineKey: cabin, decision: 'approve' },
        { lineKey: pads, decision: 'defer', deferUntil: deferAt('next_week', new Date(), 'Asia/Shanghai') },
        { lineKey: coating, decision: 'decline' },
      ],
      signature,
    });
    expect(decided.status).toBe('applied');

    const path = `/api/staff/health-record/visits/${visitId}`;
    const work = [{ title: '基础保养', titleEn: 'Routine maintenance', partsFen: 42_000, labourFen: 26_000 }];
    expect((await f.staff.post(path, { items: work })).status).toBe(200);
    // No bill while the car is in the workshop: the work is not final yet.
    expect(await bill()).toBeUndefined();

    const events = `/api/staff/timeline/visits/${visitId}/events`;
    expect((await f.staff.post(events, { kind: 'ready_for_pickup' })).status).toBe(201);
    // Gold (10 % off maintenance) on the two approved maintenance lines: 58,000 fen → 5,800 off.
    const due = 68_000 + 58_000 - 5_800;
    expect((await f.staff.post(path, { payment: { paidFen: due, method: 'wechat' } })).status).toBe(200);
    expect((await f.staff.post(events, { kind: 'delivered' })).status).toBe(201);

    const b = (await bill())!;
    expect(b.lines.map((l) => [l.source, l.title, l.totalFen])).toEqual([
      ['work', '基础保养', 68_000],
      ['quote', '刹车油更换', 38_000],
      ['quote', '空调滤芯更换', 20_000],
    ]);
    expect(b.lines.some((l) => l.title === '前刹车片更换' || l.title === '全车镀膜')).toBe(false);
    expect(b.subtotalFen).toBe(126_000);
    expect(b.deductions).toEqual([{ kind: 'member_discount', tier: 'gold', pct: 10, fen: 5_800 }]);
    expect(b).toMatchObject({ dueFen: due, paidFen: due, outstandingFen: 0, paymentMethod: 'wechat', fapiao: null });
    expect(b.paidAt).not.toBeNull();
  });

  it('takes a receipt request for a company through the outbox, validated, once', async () => {
    const d = zhangDevice();
    const bad = await d.push('bill.requestFapiao', {
      visitId,
      title: { kind: 'company', companyName: '上海某某科技有限公司', taxpayerId: '913100007109317377' },
      email: 'finance@example.com',
    });
    expect(bad).toMatchObject({ status: 'refused', reason: 'invalid' });

    const ok = await d.push('bill.requestFapiao', {
      visitId,
      title: { kind: 'company', companyName: ' 上海某某科技有限公司 ', taxpayerId: '9135 0100 m000 100y43' },
      email: 'finance@example.com',
    });
    expect(ok.status).toBe('applied');
    expect((await bill())!.fapiao).toMatchObject({
      title: { kind: 'company', companyName: '上海某某科技有限公司', taxpayerId: '91350100M000100Y43' },
      email: 'finance@example.com',
    });
  });

  it('answers another customer’s visit as not found', async () => {
    const wang = await f.s.signInCustomer(DEMO_SECOND_CUSTOMER_PHONE);
    const r = await device(wang).push('bill.requestFapiao', {
      visitId,
      title: { kind: 'personal', name: '王女士' },
      email: 'wang@example.com',
    });
    expect(r).toMatchObject({ status: 'refused', reason: 'not_found' });
    expect((await bill())!.fapiao?.title).toMatchObject({ kind: 'company' });
  });
});
