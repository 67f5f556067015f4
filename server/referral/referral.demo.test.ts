/** The demo tells seed 003's story: 张先生's link, one friend who booked, one who came and earned the thank-you level. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_CUSTOMER_PHONE, startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';
import { customers } from '../customers/customer.table.ts';
import { pointsEntries } from '../membership/membership.table.ts';
import { referralLeads, referralLinks, referralRewards } from './referral.table.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.stop());

it('张先生 has a link shown as 张先生, one friend booked, one visited, and this year’s thank-you level with its points', async () => {
  const db = s.db.db;
  const [zhang] = await db.select().from(customers).where(eq(customers.phone, DEMO_CUSTOMER_PHONE));
  const [link] = await db.select().from(referralLinks).where(eq(referralLinks.customerId, zhang!.id));
  expect(link).toMatchObject({ familyName: '张', title: 'mr' });
  const page = await s.anon.get<{ referrer: { zh: string } }>(`/api/invite/${link!.code}`);
  expect(page.body.referrer.zh).toBe('张先生');
  const leads = await db.select().from(referralLeads).where(eq(referralLeads.referrerId, zhang!.id));
  expect(leads.map((l) => [l.name, l.status]).sort()).toEqual([
    ['李女士', 'booked'],
    ['陈先生', 'visited'],
  ]);
  const rewards = await db.select().from(referralRewards).where(eq(referralRewards.customerId, zhang!.id));
  expect(rewards.map((r) => r.level)).toEqual([1]);
  const [lot] = await db.select().from(pointsEntries).where(eq(pointsEntries.id, rewards[0]!.pointsEntryId!));
  expect(lot).toMatchObject({ source: 'referral', sourceId: rewards[0]!.id, points: 500 });
});
