/**
 * A delay's "20 % off this service" (seed 003) comes off the visit's own bill, as its own line after
 * the member discount: the staff payment step asks for that amount and the customer's bill shows it.
 * Offered twice (two delays), it is taken once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillView } from '@shared/billing/bill-view.ts';
import type { Board } from '@shared/timeline/timeline.schema.ts';
import { type Client, startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';
import { mirror } from '../quotes/quote.test-kit.ts';

let s: TestServer;
let advisor: Client;
beforeAll(async () => {
  s = await startTestServer();
  advisor = await s.signInStaff('advisor');
});
afterAll(() => s?.stop());

describe('the delay discount on the bill', () => {
  it('takes 20 % off what is left after the member discount, once, at payment and on the customer’s bill', async () => {
    const board = (await advisor.get<Board>('/api/staff/timeline/board')).body;
    const visitId = board.rows.find((r) => r.plate === '沪AD12345')!.visitId;
    const visit = `/api/staff/timeline/visits/${visitId}`;
    // Each later than the promise before it (a delay must be one).
    for (const [remainingMinutes, reason] of [
      [600, '零件到货晚了'],
      [900, '又等了一批零件'],
    ] as const) {
      const delay = await advisor.post(`${visit}/delay`, {
        remainingMinutes,
        reason,
        compensation: ['discount_20', 'free_wash'],
      });
      expect(delay.status).toBe(201);
    }
    const work = [{ title: '基础保养', titleEn: 'Routine maintenance', partsFen: 42_000, labourFen: 26_001 }];
    expect((await advisor.post(`/api/staff/health-record/visits/${visitId}`, { items: work })).status).toBe(200);
    expect((await advisor.post(`${visit}/events`, { kind: 'ready_for_pickup' })).status).toBe(201);

    const staffBill = (await advisor.get<BillView>(`/api/staff/billing/visits/${visitId}`)).body;
    const member = staffBill.deductions.find((d) => d.kind === 'member_discount')?.fen ?? 0;
    const delays = staffBill.deductions.filter((d) => d.kind === 'delay_discount');
    expect(delays).toEqual([
      { kind: 'delay_discount', pct: 20, fen: Math.floor(((staffBill.subtotalFen - member) * 20) / 100) },
    ]);
    expect(staffBill.dueFen).toBe(staffBill.subtotalFen - member - delays[0]!.fen);

    const paid = await advisor.post(`/api/staff/health-record/visits/${visitId}`, {
      payment: { paidFen: staffBill.dueFen, method: 'wechat' },
    });
    expect(paid.status).toBe(200);
    expect((await advisor.post(`${visit}/events`, { kind: 'delivered' })).status).toBe(201);
    const customerBill = (await mirror(await s.signInCustomer())).get<BillView>('bill', visitId)!;
    expect(customerBill.deductions).toEqual(staffBill.deductions);
    expect(customerBill).toMatchObject({ dueFen: staffBill.dueFen, outstandingFen: 0 });
  });
});
