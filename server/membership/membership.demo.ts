/**
 * 张先生's membership story (seed 002): gold, 12,000 yuan paid over the last 12 months, 3,000 to
 * platinum. Run AFTER seedHealthRecord: its paid visits already earned their lots (through the real
 * payment path). This adds what the seed tells besides: the paint-protection job that made most of the
 * year's spend, the 50 points of a survey, points redeemed at a payment (drawn from the oldest lots),
 * and the manager's birthday adjustment. Every entry goes through the ledger functions the API uses.
 */
import * as v from 'valibot';
import { RecordVisitSchema } from '@shared/health-record/staff-input.schema.ts';
import { DAY, MINUTE } from '@shared/time.ts';
import type { Tx } from '../db/client.ts';
import type { CoreDemo } from '../demo/seed-core.ts';
import { recordVisit } from '../health-record/health-record.service.ts';
import { adjustPoints } from './membership-staff.service.ts';
import { publishMembership } from './membership.publish.ts';
import { earnPoints, spendPoints } from './points-ledger.ts';

/** A fixed id so the demo's survey earn is stable across restarts (the surveys feature owns real ones). */
export const DEMO_SURVEY_ID = '5e3b0a2c-0000-4000-8000-000000000002';
export const DEMO_BIRTHDAY_REQUEST = '5e3b0a2c-0000-4000-8000-000000000003';

const saturday10 = (now: Date, daysAgo: number) => {
  const d = new Date(now.getTime() - daysAgo * DAY);
  const back = (d.getUTCDay() + 1) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - back, 2, 0));
};

export async function seedMembership(tx: Tx, core: CoreDemo, now: Date, visitIds: readonly string[]) {
  const advisor = { centerId: core.centerId, staffId: core.staff.advisor.id };
  const manager = { centerId: core.centerId, staffId: core.staff.manager.id };
  // 9,670 yuan of paint protection film: with the brake and maintenance visits, 12,000 yuan this year.
  const at = saturday10(now, 210);
  const ppf = await recordVisit(
    tx,
    advisor,
    v.parse(RecordVisitSchema, {
      vehicleId: core.model3.id,
      title: '全车隐形车衣 + 镀晶',
      serviceCode: null,
      mileageKm: 14_300,
      checkedInAt: at.toISOString(),
      deliveredAt: new Date(at.getTime() + 8 * 60 * MINUTE).toISOString(),
      warrantyMonths: 60,
      items: [
        {
          title: '全车隐形车衣（TPU）',
          titleEn: 'Full-body paint protection film (TPU)',
          partsFen: 788_000,
          labourFen: 120_000,
        },
        { title: '玻璃镀晶', titleEn: 'Glass ceramic coating', partsFen: 39_000, labourFen: 20_000 },
      ],
      payment: { paidFen: 967_000, method: 'card', paidAt: new Date(at.getTime() + 8 * 60 * MINUTE).toISOString() },
    }),
    now,
  );
  if (!ppf.ok) throw new Error(`seedMembership: ${ppf.message}`);

  // The survey after the last maintenance (seed 002: "提交后即可获得50积分").
  const surveyAt = new Date(saturday10(now, 155).getTime() + DAY);
  await earnPoints(
    tx,
    {
      customerId: core.zhang.id,
      source: 'survey',
      sourceId: DEMO_SURVEY_ID,
      points: 50,
      reason: '保养满意度调查',
    },
    surveyAt,
  );

  // 300 points (30 yuan) redeemed at the brake-check payment: drawn from the oldest lots first.
  const brakeVisit = visitIds[3];
  if (brakeVisit) {
    const r = await spendPoints(
      tx,
      { customerId: core.zhang.id, source: 'redemption', sourceId: brakeVisit, points: 300, staffId: advisor.staffId },
      new Date(saturday10(now, 290).getTime() + 3 * 60 * MINUTE),
    );
    if (!r.ok) throw new Error(`seedMembership: ${r.message}`);
  }
  const birthday = await adjustPoints(
    tx,
    manager,
    { customerId: core.zhang.id, requestId: DEMO_BIRTHDAY_REQUEST, points: 100, reason: '生日礼遇' },
    new Date(now.getTime() - 40 * DAY),
  );
  if (!birthday.ok) throw new Error(`seedMembership: ${birthday.message}`);
  // The entries above are dated in the past; the view the devices get is as of today.
  await publishMembership(tx, core.zhang.id, now);
}
