/**
 * [G] The rolling window moves without any event: a year on, 张先生's demo payments have left the
 * 12-month window, and the membership view his devices mirror follows (tier and spend as of that day),
 * published once however often the pass runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MembershipView } from '@shared/membership/membership-view.schema.ts';
import { DAY } from '@shared/time.ts';
import { startTestServer, type TestServer, testClock } from '../../tests/helpers/test-server.ts';
import { mirror } from '../quotes/quote.test-kit.ts';
import { refreshLapsedStandings } from './standing-refresh.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ clock: testClock('2026-11-23T02:00:00Z') });
});
afterAll(() => s?.stop());

describe('the membership view as the window moves', () => {
  it('republishes the tier a year of lapsed payments lowered, once, and no one else', async () => {
    let me = await s.signInCustomer();
    const start = s.clock.now();
    const before = (await mirror(me)).get<MembershipView>(
      'membership',
      (await me.get<MembershipView>('/api/membership')).body.id,
    )!;
    expect(before.tier.code).toBe('gold');

    // A quiet week first: no payment left the window, nothing is published.
    s.clock.advance(7 * DAY);
    expect(await refreshLapsedStandings(s.db.db, start, s.clock.now())).toBe(0);

    const weekOn = s.clock.now();
    s.clock.advance(400 * DAY);
    me = await s.signInCustomer(); // a year on, the first session has long expired
    const live = (await me.get<MembershipView>('/api/membership')).body;
    expect(live.spendFen).toBeLessThan(before.spendFen);
    expect(live.tier.code).not.toBe('gold');
    expect(await refreshLapsedStandings(s.db.db, weekOn, s.clock.now())).toBeGreaterThanOrEqual(1);
    const mirrored = (await mirror(me)).get<MembershipView>('membership', live.id)!;
    expect(mirrored.tier.code).toBe(live.tier.code);
    expect(mirrored.spendFen).toBe(live.spendFen);
    expect(mirrored.toNextFen).toBe(live.toNextFen);

    // Run again over the same stretch (another process, a restart): the view did not change, no new row.
    expect(await refreshLapsedStandings(s.db.db, weekOn, s.clock.now())).toBe(0);
  });
});
