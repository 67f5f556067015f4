/**
 * The scheduled expiry of points lots ([G] item 2): a lot past its expiry loses only what is left of
 * it (a part already spent stays spent), a fully spent lot writes nothing, a lot not yet due is kept;
 * and several processes sweeping at once write each expiry exactly once (SKIP LOCKED per customer,
 * the idem key per lot). PGlite here; with TEST_DATABASE_URL the sweeps really run in parallel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { available, balanceOf } from '@shared/membership/ledger.ts';
import { DAY } from '@shared/time.ts';
import { startTestServer, type TestServer, testClock } from '../../tests/helpers/test-server.ts';
import { makeDevices } from '../booking/booking.test-kit.ts';
import { ledgerRows, toLedger } from './ledger-rows.ts';
import { expireDuePoints } from './points-expiry.job.ts';
import { earnPoints, spendPoints } from './points-ledger.ts';

const NOW = new Date('2026-11-28T03:00:00.000Z');
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ clock: testClock(NOW.toISOString()) });
});
afterAll(() => s.stop());

const ledger = async (customerId: string) => (await ledgerRows(s.db.db, customerId)).map(toLedger);
const earn = (customerId: string, points: number, expiresAt: Date, sourceId: string) =>
  s.db.db.transaction((tx) => earnPoints(tx, { customerId, source: 'survey', sourceId, points, expiresAt }, ago(10)));
const spend = (customerId: string, points: number, sourceId: string) =>
  s.db.db.transaction((tx) => spendPoints(tx, { customerId, source: 'adjustment', sourceId, points }, ago(5)));

describe('the points expiry job', () => {
  it('expires only what is left of each due lot, exactly once with six sweeps at once', async () => {
    const devices = await makeDevices(s.db.db, s.url, 12, NOW);
    const ids = devices.map((d) => d.customerId);
    for (const [i, customerId] of ids.entries()) {
      // A lot due yesterday with 30 of its 100 spent, a fully spent one due too, one not due yet.
      const due = await earn(customerId, 100, ago(1), `due-${i}`);
      const spent = await earn(customerId, 40, ago(2), `spent-${i}`);
      await earn(customerId, 50, new Date(NOW.getTime() + 30 * DAY), `later-${i}`);
      expect((await spend(customerId, 70, `spend-${i}`)).ok).toBe(true); // draws 40 (sooner) then 30
      expect(due.created && spent.created).toBe(true);
    }

    const passes = await Promise.all(Array.from({ length: 6 }, () => expireDuePoints(s.db.db, NOW)));
    expect(passes.reduce((n, p) => n + p.swept, 0)).toBeGreaterThanOrEqual(ids.length);

    for (const customerId of ids) {
      const entries = await ledger(customerId);
      const expiries = entries.filter((e) => e.kind === 'expire');
      // Only the 70 left of the 100 lot; the spent 40 lot expires nothing.
      expect(expiries.map((e) => e.points)).toEqual([-70]);
      expect(balanceOf(entries)).toBe(50);
      expect(available(entries, NOW)).toBe(50);
    }

    // A later pass finds nothing due: the job is idempotent.
    expect(await expireDuePoints(s.db.db, new Date(NOW.getTime() + DAY))).toEqual({ swept: 0, skipped: 0 });
    for (const customerId of ids) {
      expect((await ledger(customerId)).filter((e) => e.kind === 'expire')).toHaveLength(1);
    }
  }, 120_000);

  it('republishes the membership view with the lower balance', async () => {
    const [d] = await makeDevices(s.db.db, s.url, 1, NOW);
    await earn(d!.customerId, 80, ago(1), 'republish');
    await expireDuePoints(s.db.db, NOW);
    const r = await fetch(`${s.url}/api/membership/balance`, { headers: { cookie: d!.cookie } });
    expect(((await r.json()) as { balance: number }).balance).toBe(0);
    expect((await ledger(d!.customerId)).filter((e) => e.kind === 'expire').map((e) => e.points)).toEqual([-80]);
  });
});
