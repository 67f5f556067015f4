/**
 * No overspending, ever: 50 redemptions at once on one balance, each at the payment of its own visit,
 * through the real staff route on the PostgreSQL server (TEST_DATABASE_URL), where the transactions
 * really run in parallel. The balance covers 33 of them: exactly 33 succeed, 17 are refused, and
 * the balance ends at what is left — never below zero, always the sum of the ledger.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { available, balanceOf } from '@shared/membership/ledger.ts';
import { TEST_DATABASE_URL } from '../../tests/helpers/test-db.ts';
import { startTestServer, type TestServer, testClock } from '../../tests/helpers/test-server.ts';
import { makeDevices } from '../booking/booking.test-kit.ts';
import { ledgerRows, toLedger } from './ledger-rows.ts';

let s: TestServer;
beforeAll(async () => {
  if (TEST_DATABASE_URL) s = await startTestServer({ clock: testClock('2026-11-23T01:00:00Z') });
});
afterAll(() => s?.stop());

describe.skipIf(!TEST_DATABASE_URL)('redeeming points on PostgreSQL', () => {
  it('50 redemptions at once on a balance that covers 33: 33 succeed, 17 refused, no overspend', async () => {
    const [d] = await makeDevices(s.db.db, s.url, 1, s.clock.now());
    const manager = await s.signInStaff('manager');
    const advisor = await s.signInStaff('advisor');
    // The balance: 1,000 points in two lots (the sooner-expiring one is drawn first).
    for (const points of [400, 600]) {
      const r = await manager.post('/api/staff/membership/adjustments', {
        customerId: d!.customerId,
        requestId: randomUUID(),
        points,
        reason: '开户赠送',
      });
      expect(r.status).toBe(200);
    }
    const visitIds: string[] = [];
    for (let i = 0; i < 50; i++) {
      const v = await advisor.post<{ id: string }>('/api/staff/health-record/visits', {
        vehicleId: d!.vehicleId,
        title: `洗车 ${i}`,
        mileageKm: 1000,
        items: [{ title: '洗车', labourFen: 5_000 }],
      });
      expect(v.status).toBe(201);
      visitIds.push(v.body.id);
    }
    const answers = await Promise.all(
      visitIds.map((visitId) =>
        advisor.post<{ balance: number }>('/api/staff/membership/redemptions', { visitId, points: 30 }),
      ),
    );
    const won = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 409);
    expect(won).toHaveLength(33);
    expect(refused).toHaveLength(17);
    const ledger = (await ledgerRows(s.db.db, d!.customerId)).map(toLedger);
    expect(balanceOf(ledger)).toBe(10);
    expect(available(ledger, s.clock.now())).toBe(10);
    expect(Math.min(...won.map((w) => w.body.balance))).toBe(10);
    // A retry of a redemption that went through spends nothing more.
    const first = visitIds[answers.findIndex((a) => a.status === 200)]!;
    const retry = await advisor.post<{ created: boolean }>('/api/staff/membership/redemptions', {
      visitId: first,
      points: 30,
    });
    expect(retry.status).toBe(200);
    expect(retry.body.created).toBe(false);
    expect(balanceOf((await ledgerRows(s.db.db, d!.customerId)).map(toLedger))).toBe(10);
  }, 120_000);
});
