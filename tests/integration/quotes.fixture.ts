/**
 * Objects the route table's quote entries need, made through the service functions: a draft or a
 * sent quote on 张先生's visit in progress (fresh on every call, since deciding or sending uses one
 * up), a quote of the other center (someone else's), and a sent quote whose line carries a photo.
 */
import { and, eq } from 'drizzle-orm';
import type { LineInput } from '@shared/quotes/staff-quote.schema.ts';
import { recordVisit } from '../../server/health-record/health-record.service.ts';
import { visits } from '../../server/health-record/visit.table.ts';
import { createQuote } from '../../server/quotes/quote-build.service.ts';
import { sendQuote } from '../../server/quotes/quote-send.service.ts';
import { linesOf } from '../../server/quotes/quote.views.ts';
import { staff } from '../../server/staff/staff.table.ts';
import { hr } from './health-record.fixture.ts';
import type { Ctx } from './route-kit.ts';

const LINES: LineInput[] = [
  { tier: 'required', title: '刹车油更换', partsFen: 18_000, labourFen: 20_000 },
  { tier: 'optional', title: '全车镀膜', partsFen: 80_000, labourFen: 40_000 },
];

async function actorOf(ctx: Ctx, username: string, centerId: string) {
  const [who] = await ctx.s.db.db.select().from(staff).where(eq(staff.username, username));
  return { staffId: who!.id, centerId };
}

async function zhangVisit(ctx: Ctx) {
  return ctx.once('q-visit', async () => {
    const [v] = await ctx.s.db.db
      .select()
      .from(visits)
      .where(and(eq(visits.customerId, ctx.f.zhang.id), eq(visits.status, 'in_progress')));
    return v!.id;
  });
}

async function draftOn(ctx: Ctx, actor: { staffId: string; centerId: string }, visitId: string, lines = LINES) {
  const r = await ctx.s.db.db.transaction((tx) =>
    createQuote(tx, actor, { visitId, kind: 'standard', title: '追加项目', lines }, new Date()),
  );
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

async function sentOn(ctx: Ctx, lines = LINES) {
  const actor = await actorOf(ctx, 'advisor', ctx.f.centerId);
  const id = await draftOn(ctx, actor, await zhangVisit(ctx), lines);
  const r = await ctx.s.db.db.transaction((tx) => sendQuote(tx, ctx.s.deps.secret, actor, id, new Date(), ctx.s.url));
  if (!r.ok) throw new Error(r.message);
  const token = r.value.path.slice(r.value.path.indexOf('#') + 1);
  const keys = (await linesOf(ctx.s.db.db, id, 1)).map((l) => l.key);
  return { quoteId: id, token, version: 1, keys };
}

export const qf = {
  visitId: zhangVisit,
  /** A new draft on 张先生's visit. */
  draft: async (ctx: Ctx) => draftOn(ctx, await actorOf(ctx, 'advisor', ctx.f.centerId), await zhangVisit(ctx)),
  /** A new sent quote and its link token. */
  sent: (ctx: Ctx) => sentOn(ctx),
  sentOnce: (ctx: Ctx) => ctx.once('q-sent', () => sentOn(ctx)),
  /** A sent quote whose line is about a finding with a photo: its link and the photo. */
  withPhoto: (ctx: Ctx) =>
    ctx.once('q-photo', async () => {
      const objects = await hr.zhang(ctx);
      const sent = await sentOn(ctx, [
        { tier: 'recommended', title: '测试', partsFen: 1, labourFen: 1, findingId: objects.findingId },
      ]);
      return { ...sent, mediaId: objects.mediaId, otherMediaId: (await hr.wang(ctx)).mediaId };
    }),
  /** A draft quote of the other center (someone else's for 徐汇's staff and for any link). */
  other: (ctx: Ctx) =>
    ctx.once('q-other', async () => {
      const actor = await actorOf(ctx, ctx.f.other.advisor.username, ctx.f.other.centerId);
      const visit = await ctx.s.db.db.transaction((tx) =>
        recordVisit(
          tx,
          actor,
          {
            vehicleId: ctx.f.other.vehicleId,
            title: '保养',
            serviceCode: null,
            mileageKm: 1,
            status: 'in_progress',
            warrantyMonths: 12,
            items: [],
            payment: null,
            technicianId: null,
            note: null,
          },
          new Date(),
        ),
      );
      if (!visit.ok) throw new Error(visit.message);
      return { visitId: visit.value.id, quoteId: await draftOn(ctx, actor, visit.value.id) };
    }),
};

/** A valid decision on a sent quote: every line approved, signed by typed name. */
export const decideBody = (q: { version: number; keys: string[] }) => ({
  version: q.version,
  decisions: q.keys.map((lineKey) => ({ lineKey, decision: 'approve' })),
  signature: { kind: 'typed', name: '张伟' },
});
