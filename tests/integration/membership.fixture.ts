/**
 * Objects the route table's membership entries need, made once per test file: a priced visit of
 * 张先生's with points to redeem at it, an entry of his to reverse, and an entry of the other center's
 * customer (徐汇's staff must not reach it).
 */
import { randomUUID } from 'node:crypto';
import { earnPoints } from '../../server/membership/points-ledger.ts';
import type { Ctx } from './route-kit.ts';

const postJson = async (
  c: { post: (p: string, b: unknown) => Promise<{ status: number; body: unknown }> },
  path: string,
  body: unknown,
) => {
  const r = await c.post(path, body);
  if (r.status >= 300) throw new Error(`${path}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as Record<string, unknown>;
};

export const mb = {
  /** A visit of 张先生's costing 500 yuan, unpaid. */
  pricedVisit: (ctx: Ctx) =>
    ctx.once('membership-visit', async () => {
      const advisor = await ctx.s.signInStaff('advisor');
      const v = await postJson(advisor, '/api/staff/health-record/visits', {
        vehicleId: ctx.f.zhang.vehicleId,
        title: '洗车美容',
        mileageKm: 100,
        items: [{ title: '精洗', labourFen: 50_000 }],
      });
      await ctx.s.db.db.transaction((tx) =>
        earnPoints(tx, { customerId: ctx.f.zhang.id, source: 'survey', sourceId: randomUUID(), points: 500 }),
      );
      return v.id as string;
    }),
  entryOf: (ctx: Ctx, who: 'zhang' | 'other') =>
    ctx.once(`membership-entry-${who}`, async () => {
      const customerId = who === 'zhang' ? ctx.f.zhang.id : ctx.f.other.customerId;
      const r = await ctx.s.db.db.transaction((tx) =>
        earnPoints(tx, { customerId, source: 'survey', sourceId: randomUUID(), points: 50 }),
      );
      return r.entryId;
    }),
  /** A 200 yuan voucher in 张先生's wallet, usable for a year. */
  voucher: (ctx: Ctx) =>
    ctx.once('membership-voucher', async () => {
      const { vouchers } = await import('../../server/membership/voucher.table.ts');
      const now = new Date();
      const [row] = await ctx.s.db.db
        .insert(vouchers)
        .values({
          customerId: ctx.f.zhang.id,
          kind: 'accessory',
          valueFen: 20_000,
          source: 'delay',
          idemKey: `voucher:test:${randomUUID()}`,
          issuedAt: now,
          expiresAt: new Date(now.getTime() + 365 * 86_400_000),
        })
        .returning();
      return row!.id;
    }),
  otherVisit: (ctx: Ctx) =>
    ctx.once('membership-other-visit', async () => {
      const { recordVisit } = await import('../../server/health-record/health-record.service.ts');
      const { staff } = await import('../../server/staff/staff.table.ts');
      const { eq } = await import('drizzle-orm');
      const db = ctx.s.db.db;
      const [who] = await db.select().from(staff).where(eq(staff.username, ctx.f.other.advisor.username));
      const r = await db.transaction((tx) =>
        recordVisit(
          tx,
          { centerId: ctx.f.other.centerId, staffId: who!.id },
          {
            vehicleId: ctx.f.other.vehicleId,
            title: '洗车',
            serviceCode: null,
            mileageKm: 1,
            status: 'delivered',
            warrantyMonths: 12,
            items: [{ title: '洗车', titleEn: null, partName: null, partsFen: 0, labourFen: 50_000 }],
            payment: null,
            technicianId: null,
            note: null,
          },
          new Date(),
        ),
      );
      if (!r.ok) throw new Error('other visit');
      return r.value.id;
    }),
};
