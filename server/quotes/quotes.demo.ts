/**
 * Demo: a quote waiting for 张先生 on his visit in progress (seeded by the timeline), built from that
 * inspection's findings (seed 002: cabin filter dirty, front brake pads at about 25 %), in MOT 6's
 * three tiers: required brake fluid (380 yuan, seed 000), recommended cabin filter (150 + 50, seed
 * 002) and front brake pads, optional paint coating (1,200, seed 000) — packages 380 / 1,460 / 2,660.
 * It is sent like any quote, so its remote approval link appears in the server log (the development
 * SMS sender). Findings missing on the visit are recorded here through the health record's service.
 */
import { logLine } from '../http/log.ts';
import { and, desc, eq } from 'drizzle-orm';
import { yuan } from '@shared/money.ts';
import type { CoreDemo } from '../demo/seed-core.ts';
import type { Tx } from '../db/client.ts';
import { findings } from '../health-record/finding.table.ts';
import { recordFinding } from '../health-record/health-record.service.ts';
import { visits } from '../health-record/visit.table.ts';
import type { AppDeps } from '../http/context.ts';
import { createQuote } from './quote-build.service.ts';
import { sendQuote } from './quote-send.service.ts';

async function findingOn(tx: Tx, visitId: string, like: string, make: () => ReturnType<typeof recordFinding>) {
  const rows = await tx.select().from(findings).where(eq(findings.visitId, visitId));
  const found = rows.find((f) => f.component.includes(like));
  if (found) return found.id;
  const made = await make();
  if (!made.ok) throw new Error(`seedQuotes: ${made.message}`);
  return made.value.id;
}

export async function seedQuotes(
  tx: Tx,
  core: CoreDemo,
  now: Date,
  deps: Pick<AppDeps, 'secret' | 'sms' | 'publicUrl' | 'log'>,
) {
  const [visit] = await tx
    .select()
    .from(visits)
    .where(and(eq(visits.customerId, core.zhang.id), eq(visits.status, 'in_progress')))
    .orderBy(desc(visits.checkedInAt))
    .limit(1);
  if (!visit) {
    deps.log(logLine('demo_quote_skipped', { why: 'no visit in progress' }));
    return null;
  }
  const tech = { staffId: core.staff.technician.id, centerId: core.centerId };
  const cabin = await findingOn(tx, visit.id, '空调滤芯', () =>
    recordFinding(tx, tech, {
      visitId: visit.id,
      component: '空调滤芯',
      grade: 'yellow',
      measureKind: null,
      measureValue: null,
      note: '空调滤芯比较脏了，已拍照。',
      recommendation: '建议今天一起更换。',
    }),
  );
  const pads = await findingOn(tx, visit.id, '刹车片', () =>
    recordFinding(tx, tech, {
      visitId: visit.id,
      component: '前刹车片',
      grade: 'yellow',
      measureKind: 'brake_pad_mm',
      measureValue: 4,
      note: '前刹车片磨损较多，今天还在安全范围内。',
      recommendation: '今天可以不换，到更换线之前回来复查，到时该换就换。',
    }),
  );

  const advisor = { staffId: core.staff.advisor.id, centerId: core.centerId };
  const created = await createQuote(
    tx,
    advisor,
    {
      visitId: visit.id,
      kind: 'standard',
      title: '20,000 公里保养追加项目',
      note: '我的建议是做必须项 + 建议项，但最终决定权在您。',
      lines: [
        {
          tier: 'required',
          title: '刹车油更换',
          titleEn: 'Brake fluid replacement',
          partsFen: yuan(180),
          labourFen: yuan(200),
          consequence: null,
          benefit: '按保养周期更换，保障制动安全。',
          serviceCode: 'brake_check',
        },
        {
          tier: 'recommended',
          title: '空调滤芯更换',
          titleEn: 'Cabin air filter replacement',
          partsFen: yuan(150),
          labourFen: yuan(50),
          findingId: cabin,
          consequence: '不换的话，空调效果会变差，对您和家人的呼吸系统也不好。',
          benefit: '10 分钟就能换好，车内空气更干净。',
          serviceCode: 'cabin_filter',
        },
        {
          tier: 'recommended',
          title: '前刹车片更换',
          titleEn: 'Front brake pads replacement',
          partsFen: yuan(680),
          labourFen: yuan(200),
          findingId: pads,
          consequence: '低于安全线会影响制动安全，雨天刹车距离变长。',
          benefit: '今天一起换省去再跑一趟；也可以推迟，我们到时提醒您。',
          serviceCode: 'brake_check',
        },
        {
          tier: 'optional',
          title: '全车镀膜',
          titleEn: 'Full-body paint coating',
          partsFen: yuan(800),
          labourFen: yuan(400),
          consequence: null,
          benefit: '保护车漆，增加光泽度。',
        },
      ],
    },
    now,
  );
  if (!created.ok) throw new Error(`seedQuotes: ${created.message}`);
  const baseUrl = deps.publicUrl?.replace(/\/$/, '') ?? `http://localhost:${process.env.PORT ?? 5173}`;
  const sent = await sendQuote(tx, deps.secret, advisor, created.value, now, baseUrl);
  if (!sent.ok) throw new Error(`seedQuotes: ${sent.message}`);
  // The development sender writes it to sms-outbox.log in the data folder: the demo's remote approval link.
  await deps.sms.send({ to: sent.value.phone, text: sent.value.text, kind: 'quote_link' });
  return { quoteId: created.value, linkPath: sent.value.path };
}
