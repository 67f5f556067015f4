/**
 * Earns happen once per source, whatever retries come (PGlite, and the PostgreSQL server when
 * TEST_DATABASE_URL is set, where the duplicates really run at once): a visit's payment recorded,
 * re-sent and updated earns one lot; a refund reverses it; the balance is always the ledger's sum.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { balanceOf } from '@shared/membership/ledger.ts';
import type { MembershipView } from '@shared/membership/membership-view.schema.ts';
import { findSignInCustomer } from '../customers/customer.service.ts';
import { listVehicles } from '../vehicles/vehicle.service.ts';
import { DEMO_CUSTOMER_PHONE, startTestServer, type TestServer, testClock } from '../../tests/helpers/test-server.ts';
import { ledgerRows, toLedger } from './ledger-rows.ts';
import { pointsEntries } from './membership.table.ts';
import { earnPoints } from './points-ledger.ts';

let s: TestServer;
let customerId: string;
beforeAll(async () => {
  s = await startTestServer({ clock: testClock('2026-11-23T01:00:00Z') });
  customerId = (await findSignInCustomer(s.db.db, DEMO_CUSTOMER_PHONE))!.id;
});
afterAll(() => s?.stop());

const entriesOf = (sourceId: string) =>
  s.db.db.select().from(pointsEntries).where(eq(pointsEntries.sourceId, sourceId));

describe('earnPoints is idempotent by (source, sourceId)', () => {
  it('a retry earns nothing and answers the first entry', async () => {
    const sourceId = randomUUID();
    const input = { customerId, source: 'survey' as const, sourceId, points: 50, reason: '满意度调查' };
    const first = await s.db.db.transaction((tx) => earnPoints(tx, input, s.clock.now()));
    const again = await s.db.db.transaction((tx) => earnPoints(tx, input, s.clock.now()));
    expect(first.created).toBe(true);
    expect(again).toEqual({ entryId: first.entryId, created: false });
    expect(await entriesOf(sourceId)).toHaveLength(1);
  });

  it('20 duplicates at once earn once', async () => {
    const sourceId = randomUUID();
    const before = balanceOf((await ledgerRows(s.db.db, customerId)).map(toLedger));
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        s.db.db.transaction((tx) =>
          earnPoints(tx, { customerId, source: 'referral', sourceId, points: 100 }, s.clock.now()),
        ),
      ),
    );
    expect(answers.filter((a) => a.created)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.entryId)).size).toBe(1);
    expect(await entriesOf(sourceId)).toHaveLength(1);
    expect(balanceOf((await ledgerRows(s.db.db, customerId)).map(toLedger))).toBe(before + 100);
  });

  it('a visit payment sent again and again earns one lot; a refund reverses it', async () => {
    const advisor = await s.signInStaff('advisor');
    const me = await s.signInCustomer();
    const [car] = await listVehicles(s.db.db, customerId);
    const payment = { paidFen: 80_000, method: 'wechat' };
    const made = await advisor.post<{ id: string }>('/api/staff/health-record/visits', {
      vehicleId: car!.id,
      title: '常规保养',
      mileageKm: 30_000,
      status: 'delivered',
      items: [{ title: '基础保养', partsFen: 50_000, labourFen: 30_000 }],
      payment,
    });
    expect(made.status).toBe(201);
    const visitId = made.body.id;
    const balance = async () => (await me.get<MembershipView>('/api/membership')).body.points.balance;
    const start = await balance();
    // The same payment re-sent three times, at once: still one earn (80,000 fen at 400 fen a point).
    const resent = await Promise.all(
      [1, 2, 3].map(() => advisor.post(`/api/staff/health-record/visits/${visitId}`, { payment })),
    );
    expect(resent.map((r) => r.status)).toEqual([200, 200, 200]);
    const earns = (await entriesOf(visitId)).filter((e) => e.kind === 'earn');
    expect(earns).toHaveLength(1);
    expect(earns[0]!.points).toBe(200);
    expect(earns[0]!.expiresAt).not.toBeNull();
    expect(await balance()).toBe(start);

    // The payment is cancelled: the earn is reversed by an entry of its own, not edited away.
    const refund = await advisor.post(`/api/staff/health-record/visits/${visitId}`, { payment: null });
    expect(refund.status).toBe(200);
    const after = await entriesOf(earns[0]!.id);
    expect(after.map((e) => [e.kind, e.points])).toEqual([['reverse', -200]]);
    expect(await balance()).toBe(start - 200);
    const ledger = await me.get<{ balance: number; entries: { source: string; visitId: string | null }[] }>(
      '/api/membership/ledger?limit=5',
    );
    expect(ledger.body.balance).toBe(start - 200);
    expect(ledger.body.entries.some((e) => e.source === 'visit' && e.visitId === visitId)).toBe(true);
  });
});

describe('the balance in the database follows the ledger rule', () => {
  it('availableInDb and expiringInDb agree with shared/membership/ledger.ts over a mixed ledger', async () => {
    const { makeDevices } = await import('../booking/booking.test-kit.ts');
    const { available, expiringLots } = await import('@shared/membership/ledger.ts');
    const { availableInDb, expiringInDb } = await import('./ledger-sums.ts');
    const { reverseEntry, spendPoints } = await import('./points-ledger.ts');
    const [d] = await makeDevices(s.db.db, s.url, 1, s.clock.now());
    const id = d!.customerId;
    const at = (days: number) => new Date(s.clock.now().getTime() + days * 86_400_000);
    const lots: string[] = [];
    for (const [points, life] of [
      [300, 10],
      [200, 40],
      [500, null],
      [120, 5],
    ] as const) {
      const r = await s.db.db.transaction((tx) =>
        earnPoints(
          tx,
          {
            customerId: id,
            source: 'survey',
            sourceId: randomUUID(),
            points,
            ...(life ? { expiresAt: at(life) } : {}),
          },
          s.clock.now(),
        ),
      );
      lots.push(r.entryId);
    }
    const spend = await s.db.db.transaction((tx) =>
      spendPoints(tx, { customerId: id, source: 'redemption', sourceId: randomUUID(), points: 350 }, s.clock.now()),
    );
    expect(spend.ok).toBe(true);
    await s.db.db.transaction((tx) => reverseEntry(tx, id, lots[1]!, s.clock.now(), 'test'));
    await s.db.db.transaction((tx) =>
      spendPoints(tx, { customerId: id, source: 'redemption', sourceId: randomUUID(), points: 70 }, s.clock.now()),
    );
    for (const days of [0, 6, 11, 41]) {
      const ledger = (await ledgerRows(s.db.db, id)).map(toLedger);
      expect(await availableInDb(s.db.db, id, at(days))).toBe(available(ledger, at(days)));
      expect(await expiringInDb(s.db.db, id, at(days), 10)).toEqual(expiringLots(ledger, at(days)));
    }
  });
});
