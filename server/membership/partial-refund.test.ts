/**
 * A payment refunded in part takes back the points the refunded part earned (issue 14 item 2: a
 * refund reverses its earn), once however often the same correction is saved; what was already spent
 * stays spent, and refunding the rest then reverses the earn as before.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { balanceOf, lots } from '@shared/membership/ledger.ts';
import type { Board } from '@shared/timeline/timeline.schema.ts';
import { type Client, startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';
import { visits } from '../health-record/visit.table.ts';
import { ledgerRows, toLedger } from './ledger-rows.ts';
import { findEarn, spendPoints } from './points-ledger.ts';
import { settingsFor } from './membership.service.ts';

let s: TestServer;
let advisor: Client;
beforeAll(async () => {
  s = await startTestServer();
  advisor = await s.signInStaff('advisor');
});
afterAll(() => s?.stop());

describe('a partial refund', () => {
  it('takes back what the refunded part earned, once; the rest refunded reverses the earn', async () => {
    const row = (await advisor.get<Board>('/api/staff/timeline/board')).body.rows.find((r) => r.plate === '沪AD12345')!;
    const path = `/api/staff/health-record/visits/${row.visitId}`;
    const pay = (paidFen: number) => advisor.post(path, { payment: { paidFen, method: 'card' } });
    expect(
      (await advisor.post(path, { items: [{ title: '更换空调压缩机', partsFen: 480_000, labourFen: 20_000 }] })).status,
    ).toBe(200);
    expect((await pay(500_000)).status).toBe(200);

    const db = s.db.db;
    const [visit] = await db.select().from(visits).where(eq(visits.id, row.visitId));
    const { customerId } = visit!;
    const { fenPerPoint } = await settingsFor(db, visit!.centerId);
    const earn = (await findEarn(db, customerId, 'visit', row.visitId))!;
    expect(earn.points).toBe(Math.floor(500_000 / fenPerPoint));
    const ledger = async () => (await ledgerRows(db, customerId)).map(toLedger);
    const before = balanceOf(await ledger());

    // 200 yuan of it refunded: the points of 200 yuan come back off, saved twice → once.
    expect((await pay(300_000)).status).toBe(200);
    expect((await pay(300_000)).status).toBe(200);
    const parts = (await ledger()).filter((e) => e.kind === 'reverse' && e.lotId === earn.id && !e.reverses);
    expect(parts.map((e) => e.points)).toEqual([-(earn.points - Math.floor(300_000 / fenPerPoint))]);
    expect(balanceOf(await ledger())).toBe(before + parts[0]!.points);

    // Spent up to half of this lot (the lots before it in spending order go first); refunding the
    // rest then reverses the earn, taking back only the half left of its lot.
    const order = lots(await ledger()).filter((l) => l.remaining > 0);
    const at = order.findIndex((l) => l.lotId === earn.id);
    const inLot = order[at]!.remaining;
    const before2 = order.slice(0, at).reduce((sum, l) => sum + l.remaining, 0);
    const spent = await db.transaction((tx) =>
      spendPoints(
        tx,
        { customerId, source: 'adjustment', sourceId: 'partial-refund-test', points: before2 + Math.ceil(inLot / 2) },
        new Date(),
      ),
    );
    expect(spent.ok).toBe(true);
    expect((await pay(0)).status).toBe(200);
    const reversal = (await ledger()).find((e) => e.kind === 'reverse' && e.reverses === earn.id)!;
    expect(reversal.points).toBe(-(inLot - Math.ceil(inLot / 2)));
    expect(balanceOf(await ledger())).toBeGreaterThanOrEqual(0);
  });
});
