/**
 * Last month's satisfaction (seeds 002/003) for the manager's dashboard: fourteen delivered visits of
 * six other owners, answered with a spread of scores through the same submit path as the app (points,
 * cases), so the dashboard computes the NPS (8 promoters, 3 passives, 3 detractors of 14 → 36) instead
 * of reading a typed number. One detractor's case is open and due in a few hours; one was closed, the
 * customer scored again, and both scores show; the third was closed without a re-score yet.
 * 张先生 and 王女士 are left as they are: their own stories belong to the other features' demos.
 */
import * as v from 'valibot';
import { RecordVisitSchema } from '@shared/health-record/staff-input.schema.ts';
import type { SurveyAnswer } from '@shared/surveys/survey.schema.ts';
import { DAY, HOUR } from '@shared/time.ts';
import { createCustomer } from '../customers/customer.service.ts';
import type { Tx } from '../db/client.ts';
import type { CoreDemo } from '../demo/seed-core.ts';
import { recordVisit } from '../health-record/health-record.service.ts';
import { createVehicle } from '../vehicles/vehicle.service.ts';
import { closeCase } from './recovery.service.ts';
import { rescore, submitSurvey } from './survey-submit.service.ts';
import { recoveryCases } from './survey.table.ts';
import { eq } from 'drizzle-orm';

const OWNERS = [
  { name: '刘女士', model: 'Tesla Model Y 长续航版', plate: '沪BD10231' },
  { name: '陈先生', model: 'Tesla Model 3 高性能版', plate: '沪AE20442' },
  { name: '孙女士', model: 'Tesla Model 3 后轮驱动版', plate: '沪AG30553' },
  { name: '周先生', model: 'Tesla Model Y 后轮驱动版', plate: '沪AH40664' },
  { name: '吴女士', model: 'Tesla Model S', plate: '沪AJ50775' },
  { name: '郑先生', model: 'Tesla Model X', plate: '沪AK60886' },
] as const;

type Row = { daysAgo: number; nps: number; stars: [number, number, number, number]; comment?: string };
// Delivered `daysAgo` days ago, answered a day later; the last three are the detractors' stories.
const ROWS: Row[] = [
  { daysAgo: 30, nps: 10, stars: [5, 5, 5, 5] },
  { daysAgo: 28, nps: 9, stars: [5, 4, 4, 5], comment: '顾问讲解很耐心。' },
  { daysAgo: 26, nps: 8, stars: [4, 4, 3, 4] },
  { daysAgo: 23, nps: 10, stars: [5, 5, 4, 5] },
  { daysAgo: 21, nps: 7, stars: [4, 4, 2, 3], comment: '等待时间有点长。' },
  { daysAgo: 19, nps: 9, stars: [5, 5, 4, 4] },
  { daysAgo: 16, nps: 10, stars: [5, 5, 5, 5] },
  { daysAgo: 14, nps: 9, stars: [4, 5, 4, 4] },
  { daysAgo: 11, nps: 8, stars: [4, 4, 4, 4] },
  { daysAgo: 9, nps: 10, stars: [5, 5, 5, 5] },
  { daysAgo: 7, nps: 9, stars: [5, 4, 5, 5] },
  { daysAgo: 18, nps: 6, stars: [3, 4, 2, 3], comment: '交车比约定晚了一个小时，也没人提前告诉我。' },
  { daysAgo: 6, nps: 3, stars: [2, 3, 1, 2], comment: '洗车没洗干净，座椅上还有油污。' },
  // Delivered 44 h ago, answered 20 h ago: the case is due in 4 hours.
  { daysAgo: 44 / 24, nps: 4, stars: [3, 3, 2, 2], comment: '更换的雨刮有异响。' },
];

export async function seedSurveys(tx: Tx, core: CoreDemo, now: Date) {
  const owners = [];
  for (const [i, o] of OWNERS.entries()) {
    const customer = await createCustomer(tx, { centerId: core.centerId, phone: `1365550000${i}`, name: o.name });
    const vehicle = await createVehicle(tx, {
      customerId: customer.id,
      model: o.model,
      plate: o.plate,
      vin: `LRWDEMOSURVEY0000${i}`.slice(-17),
      color: null,
      mileageKm: 15_000 + i * 3_000,
      purchaseDate: '2024-06-01',
      warrantyUntil: null,
      warrantyKm: null,
    });
    owners.push({ customerId: customer.id, vehicleId: vehicle.id });
  }
  const manager = { staffId: core.staff.manager.id, centerId: core.centerId, name: core.staff.manager.name };
  const visitIds: string[] = [];
  for (const [i, row] of ROWS.entries()) {
    const owner = owners[i % owners.length]!;
    const deliveredAt = new Date(now.getTime() - row.daysAgo * DAY);
    // Two advisors' visits, so the per-advisor averages have something to compare.
    const by = i % 3 === 2 ? core.staff.manager.id : core.staff.advisor.id;
    const r = await recordVisit(
      tx,
      { centerId: core.centerId, staffId: by },
      v.parse(RecordVisitSchema, {
        vehicleId: owner.vehicleId,
        title: i % 2 ? '常规保养' : '轮胎换位 + 四轮定位',
        mileageKm: 15_000 + i * 700,
        status: 'delivered',
        checkedInAt: new Date(deliveredAt.getTime() - 3 * HOUR).toISOString(),
        deliveredAt: deliveredAt.toISOString(),
        items: [{ title: '工时', labourFen: 30_000 }],
      }),
      deliveredAt,
    );
    if (!r.ok) throw new Error(`seedSurveys: ${r.message}`);
    const [attitude, expertise, waiting, overall] = row.stars;
    const answer: SurveyAnswer = {
      attitude,
      expertise,
      waiting,
      overall,
      nps: row.nps,
      ...(row.comment ? { comment: row.comment } : {}),
    };
    const answeredAt = new Date(deliveredAt.getTime() + 24 * HOUR);
    const s = await submitSurvey(tx, {
      customerId: owner.customerId,
      visitId: r.value.id,
      answer,
      channel: 'app',
      now: answeredAt,
    });
    if (!s.ok) throw new Error(`seedSurveys: ${s.code}`);
    visitIds.push(r.value.id);
  }
  const caseOf = async (visitId: string) =>
    (await tx.select().from(recoveryCases).where(eq(recoveryCases.visitId, visitId)))[0]!;
  const closeAt = async (i: number, after: number, note: string) => {
    const c = await caseOf(visitIds[i]!);
    await closeCase(tx, manager, c.id, note, new Date(c.openedAt.getTime() + after));
    return c;
  };
  await closeAt(11, 3 * HOUR, '已致电致歉，说明了延误原因；下次保养减免工时费。');
  const washed = await closeAt(12, 5 * HOUR, '已致电致歉，安排免费重新精洗并上门取送车。');
  await rescore(tx, {
    customerId: washed.customerId,
    visitId: washed.visitId,
    nps: 8,
    now: new Date(washed.openedAt.getTime() + 2 * DAY),
  });
}
