/**
 * Delay compensation becomes real vouchers ([G] item 3): a delay offering a wash and the 200 yuan
 * accessory voucher puts both in the customer's wallet (the membership row) with their expiry, once
 * per delay; staff use one at a visit's payment and the final bill shows it as its own line; a voucher
 * serves one visit only — also when many payments race for it at once (PGlite here, and PostgreSQL
 * with TEST_DATABASE_URL, where the transactions really run in parallel).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillView } from '@shared/billing/bill-view.ts';
import type { MembershipView } from '@shared/membership/membership-view.schema.ts';
import type { VoucherView } from '@shared/membership/vouchers.ts';
import type { Board } from '@shared/timeline/timeline.schema.ts';
import { type Client, startTestServer, type TestServer, testClock } from '../../tests/helpers/test-server.ts';
import { mirror } from '../quotes/quote.test-kit.ts';
import { grantVouchers } from './vouchers.service.ts';

let s: TestServer;
let advisor: Client;
let zhang: Client;
let visitId = '';
let customerId = '';
let vehicleId = '';

beforeAll(async () => {
  s = await startTestServer({ clock: testClock('2026-11-28T03:00:00.000Z') });
  advisor = await s.signInStaff('advisor');
  zhang = await s.signInCustomer();
  const board = (await advisor.get<Board>('/api/staff/timeline/board')).body.rows;
  visitId = board.find((b) => b.plate === '沪AD12345')!.visitId;
});
afterAll(() => s.stop());

const wallet = async () => (await mirror(zhang)).of<MembershipView>('membership')[0]!.vouchers;

describe('vouchers from delay compensation', () => {
  it('a delay’s wash and accessory vouchers land in the wallet with their expiry, once', async () => {
    const r = await advisor.post<{ id: string }>(`/api/staff/timeline/visits/${visitId}/delay`, {
      remainingMinutes: 600,
      reason: '配件晚到',
      compensation: ['discount_20', 'free_wash', 'accessory_voucher_200'],
    });
    expect(r.status).toBe(201);
    const list = await wallet();
    expect(list.map((x) => [x.kind, x.valueFen, x.source, x.usedAt])).toEqual([
      ['wash', 5_000, 'delay', null],
      ['accessory', 20_000, 'delay', null],
    ]);
    // End of the local day 180 / 365 days on (Asia/Shanghai, UTC+8): 2027-05-27 and 2027-11-28, 23:59:59.
    expect(list.map((x) => x.expiresAt)).toEqual(['2027-05-27T15:59:59.000Z', '2027-11-28T15:59:59.000Z']);

    // The grant is keyed by its event: a retry of the same delay gives nothing more.
    const visit = (await s.db.db.query.visits.findFirst({ where: (v, { eq }) => eq(v.id, visitId) }))!;
    customerId = visit.customerId;
    vehicleId = visit.vehicleId;
    const again = await s.db.db.transaction((tx) =>
      grantVouchers(tx, visit, ['free_wash', 'accessory_voucher_200'], 'delay', r.body.id, s.clock.now()),
    );
    expect(again).toBe(0);
    expect(await wallet()).toHaveLength(2);
  });

  it('staff use one at the payment: the bill shows it as a line, the wallet shows it used', async () => {
    const usable = (await advisor.get<VoucherView[]>(`/api/staff/membership/visits/${visitId}/vouchers`)).body;
    expect(usable).toHaveLength(2);
    const accessory = usable.find((x) => x.kind === 'accessory')!;
    await advisor.post(`/api/staff/health-record/visits/${visitId}`, {
      items: [{ title: '精品脚垫', partsFen: 30_000, labourFen: 0 }],
    });
    const used = await advisor.post('/api/staff/membership/vouchers/use', { visitId, voucherId: accessory.id });
    expect(used.status).toBe(200);
    expect(used.body).toMatchObject({ created: true, voucher: { usedVisitId: visitId } });
    // A retried request on the same visit changes nothing.
    const retry = await advisor.post('/api/staff/membership/vouchers/use', { visitId, voucherId: accessory.id });
    expect(retry.body).toMatchObject({ created: false });

    expect(
      (await advisor.post(`/api/staff/timeline/visits/${visitId}/events`, { kind: 'ready_for_pickup' })).status,
    ).toBe(201);
    const bill = (await mirror(zhang)).get<BillView>('bill', visitId)!;
    // The same delay's "20 % off this service" comes off first (server/billing/delay-discount.routes.test.ts).
    const member = bill.deductions.find((d) => d.kind === 'member_discount')?.fen ?? 0;
    const delayOff = Math.floor(((bill.subtotalFen - member) * 20) / 100);
    expect(bill.deductions.filter((d) => d.kind !== 'member_discount')).toEqual([
      { kind: 'delay_discount', pct: 20, fen: delayOff },
      { kind: 'voucher', voucherId: accessory.id, voucherKind: 'accessory', fen: 20_000 },
    ]);
    expect(bill.dueFen).toBe(bill.subtotalFen - member - delayOff - 20_000);
    expect((await wallet()).find((x) => x.id === accessory.id)!.usedAt).not.toBeNull();
    const left = (await advisor.get<VoucherView[]>(`/api/staff/membership/visits/${visitId}/vouchers`)).body;
    expect(left.map((x) => x.kind)).toEqual(['wash']);
  });

  it('a voucher serves one visit: 12 payments racing for it, exactly one takes it', async () => {
    const wash = (await wallet()).find((x) => x.kind === 'wash')!;
    const visits: string[] = [];
    for (let i = 0; i < 12; i++) {
      const v = await advisor.post<{ id: string }>('/api/staff/health-record/visits', {
        vehicleId,
        title: `洗车 ${i}`,
        mileageKm: 20_000,
        items: [{ title: '洗车', labourFen: 5_000 }],
      });
      expect(v.status).toBe(201);
      visits.push(v.body.id);
    }
    const answers = await Promise.all(
      visits.map((id) => advisor.post('/api/staff/membership/vouchers/use', { visitId: id, voucherId: wash.id })),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(11);
    const { vouchers } = await import('./voucher.table.ts');
    const rows = await s.db.db.select().from(vouchers);
    expect(rows.filter((r) => r.customerId === customerId && r.usedAt !== null)).toHaveLength(2);
  }, 60_000);

  it('refuses an expired voucher', async () => {
    const { vouchers } = await import('./voucher.table.ts');
    const now = s.clock.now();
    const [old] = await s.db.db
      .insert(vouchers)
      .values({
        customerId,
        kind: 'wash',
        valueFen: 5_000,
        source: 'delay',
        idemKey: 'voucher:test:expired',
        issuedAt: new Date(now.getTime() - 200 * 86_400_000),
        expiresAt: new Date(now.getTime() - 1000),
      })
      .returning();
    const r = await advisor.post('/api/staff/membership/vouchers/use', { visitId, voucherId: old!.id });
    expect(r.status).toBe(410);
  });
});
