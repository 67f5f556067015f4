/**
 * Objects the route table's survey entries need: delivered visits of 张先生's, 王女士's and of the
 * other center's customer, their signed survey links, and recovery cases (a visit answered 3/10).
 */
import { eq } from 'drizzle-orm';
import { recordVisit } from '../../server/health-record/health-record.service.ts';
import { staff } from '../../server/staff/staff.table.ts';
import { recoveryCases } from '../../server/surveys/survey.table.ts';
import { surveyLinkPath } from '../../server/surveys/survey-link.ts';
import { submitSurvey } from '../../server/surveys/survey-submit.service.ts';
import type { Ctx } from './route-kit.ts';

type Who = 'zhang' | 'wang' | 'other';

async function deliveredVisit(ctx: Ctx, who: Who) {
  const db = ctx.s.db.db;
  const other = who === 'other';
  const username = other ? ctx.f.other.advisor.username : 'advisor';
  const [advisor] = await db.select().from(staff).where(eq(staff.username, username));
  const r = await db.transaction((tx) =>
    recordVisit(
      tx,
      { centerId: other ? ctx.f.other.centerId : ctx.f.centerId, staffId: advisor!.id },
      {
        vehicleId: other ? ctx.f.other.vehicleId : ctx.f[who].vehicleId,
        title: '小保养',
        serviceCode: null,
        mileageKm: 1,
        status: 'delivered',
        warrantyMonths: 12,
        items: [{ title: '机油', titleEn: null, partName: null, partsFen: 10_000, labourFen: 0 }],
        payment: null,
        technicianId: null,
        note: null,
      },
      ctx.s.clock.now(),
    ),
  );
  if (!r.ok) throw new Error('survey fixture visit');
  return { id: r.value.id, customerId: other ? ctx.f.other.customerId : ctx.f[who].id };
}

const link = (ctx: Ctx, v: { id: string; customerId: string }) => ({
  visitId: v.id,
  token: surveyLinkPath(ctx.s.deps.secret, v, ctx.s.clock.now()).token,
});

async function caseOf(ctx: Ctx, who: Who) {
  const v = await deliveredVisit(ctx, who);
  const db = ctx.s.db.db;
  const answer = { attitude: 2, expertise: 3, waiting: 1, overall: 2, nps: 3 };
  await db.transaction((tx) =>
    submitSurvey(tx, { customerId: v.customerId, visitId: v.id, answer, channel: 'app', now: ctx.s.clock.now() }),
  );
  const [c] = await db.select().from(recoveryCases).where(eq(recoveryCases.visitId, v.id));
  return c!.id;
}

export const sv = {
  answer: { attitude: 5, expertise: 5, waiting: 4, overall: 5, nps: 9 },
  visit: (ctx: Ctx, who: Who) => ctx.once(`survey-visit-${who}`, () => deliveredVisit(ctx, who)),
  /** A link of 张先生's, the same for every call in a file. */
  linkOnce: async (ctx: Ctx) => link(ctx, await sv.visit(ctx, 'zhang')),
  /** A fresh visit and link each time: an answer uses one up. */
  freshLink: async (ctx: Ctx) => link(ctx, await deliveredVisit(ctx, 'zhang')),
  /** A fresh open case each time (closing one uses it up). */
  freshCase: (ctx: Ctx) => caseOf(ctx, 'zhang'),
  otherCenterCase: (ctx: Ctx) => ctx.once('survey-case-other', () => caseOf(ctx, 'other')),
};
