/** The demo tells seed 002's story: 张先生 is gold with 12,000 yuan this year, 3,000 to platinum. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MembershipView } from '@shared/membership/membership-view.schema.ts';
import { startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.stop());

describe('membership demo', () => {
  it('张先生: gold, ¥12,000 in 12 months, ¥3,000 to platinum, a ledger of visits, a survey, a redemption and a birthday gift', async () => {
    const me = await s.signInCustomer();
    const { status, body } = await me.get<MembershipView>('/api/membership');
    expect(status).toBe(200);
    expect(body.tier.code).toBe('gold');
    expect(body.spendFen).toBe(1_200_000);
    expect(body.next?.code).toBe('platinum');
    expect(body.toNextFen).toBe(300_000);
    expect(body.next?.maintenanceDiscountPct).toBe(20);
    const sources = new Set(body.entries.map((e) => e.source));
    for (const src of ['visit', 'survey', 'redemption', 'adjustment']) expect(sources).toContain(src);
    const redemption = body.entries.find((e) => e.source === 'redemption')!;
    expect(redemption.label).toBe('刹车检查');
    expect(body.points.balance).toBe(body.entries.reduce((sum, e) => sum + e.points, 0));
    expect(body.points.expiring.length).toBeGreaterThan(0);
    // The view the devices mirror is as of today, not as of the last (back-dated) demo entry.
    const { mirror } = await import('../quotes/quote.test-kit.ts');
    const mirrored = (await mirror(me)).get<MembershipView>('membership', body.id)!;
    expect(mirrored.spendFen).toBe(1_200_000);
    expect(mirrored.toNextFen).toBe(300_000);
  });
});
