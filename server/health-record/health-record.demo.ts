/**
 * Demo: two years of 张先生's Model 3 (bought 2024-10-18), through the same service functions as the
 * staff API. Five past visits (first service, tyre rotation, maintenance with new front pads, brake
 * check with a new rear tyre, maintenance 5 months ago: seed 002's "满5个月" that brings him in today),
 * findings of all three grades, readings at each visit, and before/after photos (generated images,
 * captioned in the record).
 * Run AFTER seedTimeline: today's in-progress visit (20,000 km) gets seed 002's inspection — front
 * pads at 25 % (4.0 mm, about 2 months left at his pace), dirty cabin filter, washer fluid low, front
 * tread 2.6 mm — so the projections land within a few months of today.
 */
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import * as v from 'valibot';
import {
  type ReadingComponent,
  RecordFindingSchema,
  RecordVisitSchema,
} from '@shared/health-record/health-record.schema.ts';
import { DAY, MINUTE } from '@shared/time.ts';
import type { Tx } from '../db/client.ts';
import type { CoreDemo } from '../demo/seed-core.ts';
import { storeImage } from '../media/media.service.ts';
import { publishFinding, publishVisit } from './health-record.publish.ts';
import { recordFinding, recordReadings, recordVisit, updateFinding } from './health-record.service.ts';
import { visits } from './visit.table.ts';

type Reading = Partial<Record<ReadingComponent, number>>;
type DemoFinding = Omit<v.InferInput<typeof RecordFindingSchema>, 'visitId'> & {
  fixedHere?: boolean;
  photo?: [label: string, from: string, to: string];
};
type DemoVisit = Omit<v.InferInput<typeof RecordVisitSchema>, 'vehicleId' | 'checkedInAt' | 'deliveredAt'> & {
  daysAgo: number;
  readings: Reading;
  findings: DemoFinding[];
  photos?: { before: [string, string, string]; after: [string, string, string] };
};

const tyres = (fl: number, fr: number, rl: number, rr: number): Reading => ({
  tread_fl: fl,
  tread_fr: fr,
  tread_rl: rl,
  tread_rr: rr,
});
const pads = (front: number, rear: number): Reading => ({ brake_pad_front: front, brake_pad_rear: rear });

const HISTORY: DemoVisit[] = [
  {
    daysAgo: 720,
    title: '首次保养',
    serviceCode: 'first_service',
    mileageKm: 1_800,
    items: [
      { title: '首保全车检测', titleEn: 'First-service inspection', partsFen: 0, labourFen: 0 },
      { title: '轮胎气压调整', titleEn: 'Tyre pressure adjustment', partsFen: 0, labourFen: 0 },
    ],
    readings: { ...tyres(7.9, 7.9, 8.0, 8.0), ...pads(8.6, 9.4), battery: 100 },
    findings: [
      {
        component: '车身右后门',
        grade: 'green',
        note: '右后门有一处轻微划痕，不影响使用。',
        recommendation: '可在下次美容时处理。',
      },
    ],
  },
  {
    daysAgo: 560,
    title: '轮胎换位',
    serviceCode: 'tire_rotation',
    mileageKm: 5_600,
    items: [
      { title: '轮胎换位', titleEn: 'Tyre rotation', labourFen: 15_000 },
      { title: '四轮动平衡', titleEn: 'Wheel balancing', labourFen: 5_000 },
    ],
    payment: { paidFen: 20_000, method: 'wechat' },
    readings: { ...tyres(7.0, 7.1, 7.3, 7.2), ...pads(6.3, 9.0) },
    findings: [
      {
        component: '左前轮胎',
        grade: 'yellow',
        note: '左前轮胎外侧磨损不均。',
        recommendation: '已做换位和动平衡。',
        fixedHere: true,
      },
    ],
  },
  {
    daysAgo: 400,
    title: '常规保养 + 更换前刹车片',
    serviceCode: 'maintenance',
    mileageKm: 9_800,
    items: [
      { title: '基础保养', titleEn: 'Routine maintenance', partsFen: 42_000, labourFen: 26_000 },
      {
        title: '更换前刹车片',
        titleEn: 'Front brake pads replaced',
        partName: '前刹车片（原厂）',
        partsFen: 68_000,
        labourFen: 20_000,
      },
    ],
    payment: { paidFen: 156_000, method: 'alipay' },
    readings: { ...tyres(5.9, 6.0, 6.2, 6.1), ...pads(10.0, 8.5), battery: 98 },
    findings: [
      {
        component: '前刹车片',
        grade: 'red',
        measureKind: 'brake_pad_mm',
        measureValue: 2.6,
        note: '前刹车片仅剩 2.6 mm（约 8%），低于安全线。',
        recommendation: '已当场更换原厂刹车片。',
        fixedHere: true,
        photo: ['前刹车片 2.6 mm', '#5b4636', '#a0522d'],
      },
    ],
  },
  {
    daysAgo: 290,
    title: '刹车检查',
    serviceCode: 'brake_check',
    mileageKm: 12_800,
    items: [
      { title: '刹车系统检查', titleEn: 'Brake system check', labourFen: 15_000 },
      {
        title: '更换右后轮胎',
        titleEn: 'Right rear tyre replaced',
        partName: '米其林 235/45 R18',
        partsFen: 115_000,
        labourFen: 8_000,
      },
    ],
    payment: { paidFen: 138_000, method: 'card' },
    readings: { ...tyres(5.0, 5.1, 5.4, 8.0), ...pads(8.4, 8.1) },
    findings: [
      {
        component: '右后轮胎',
        grade: 'red',
        note: '右后轮胎侧壁鼓包，有爆胎风险。',
        recommendation: '已更换新轮胎。',
        fixedHere: true,
        photo: ['右后轮胎侧壁鼓包', '#222', '#555'],
      },
    ],
  },
  {
    daysAgo: 155,
    title: '常规保养',
    serviceCode: 'maintenance',
    mileageKm: 16_100,
    items: [
      { title: '基础保养', titleEn: 'Routine maintenance', partsFen: 52_000, labourFen: 28_000 },
      { title: '更换雨刮片', titleEn: 'Wiper blades replaced', partName: '雨刮片', partsFen: 12_000, labourFen: 3_000 },
      { title: '免费洗车', titleEn: 'Complimentary wash', partsFen: 0, labourFen: 0 },
    ],
    payment: { paidFen: 95_000, method: 'wechat' },
    readings: { ...tyres(3.9, 4.1, 4.6, 7.4), ...pads(6.5, 7.7), battery: 96 },
    findings: [
      {
        component: '雨刮片',
        grade: 'yellow',
        note: '雨刮片老化，刮不干净。',
        recommendation: '已更换。',
        fixedHere: true,
      },
      {
        component: '车机软件',
        grade: 'green',
        note: '有可用的软件更新。',
        recommendation: '建议在家中连接 Wi-Fi 后升级。',
      },
    ],
    photos: { before: ['保养前', '#6b7280', '#9ca3af'], after: ['保养后', '#0e7490', '#22d3ee'] },
  },
];

/** Seed 002's inspection on today's visit (timeline's in-progress 20,000 km service). */
const TODAY: Pick<DemoVisit, 'readings' | 'findings'> = {
  readings: { ...tyres(2.6, 2.8, 3.6, 6.7), ...pads(4.0, 7.2), battery: 95 },
  findings: [
    {
      component: '前刹车片',
      grade: 'yellow',
      measureKind: 'brake_pad_mm',
      measureValue: 4.0,
      note: '前刹车片还剩 25%（4.0 mm）。按您的用车频率，大概还能用 2-3 个月。',
      recommendation: '今天可以不换，建议 3 个月内回来复查，到时该换就换。',
      photo: ['前刹车片 4.0 mm', '#78350f', '#d97706'],
    },
    {
      component: '空调滤芯',
      grade: 'yellow',
      note: '空调滤芯比较脏了，不换的话空调效果会差，也影响呼吸健康。',
      recommendation: '建议今天一起更换（配件 150 元，工时 50 元）。',
      photo: ['空调滤芯 脏污', '#57534e', '#a8a29e'],
    },
    {
      component: '左前轮胎',
      grade: 'yellow',
      measureKind: 'tread_mm',
      measureValue: 2.6,
      note: '左前轮胎花纹 2.6 mm，接近法定最低 1.6 mm。',
      recommendation: '建议 3-4 个月内更换前轮胎。',
    },
    { component: '玻璃水', grade: 'green', note: '玻璃水不足。', recommendation: '已免费加注。', fixedHere: true },
  ],
};

/** 10:00 Shanghai time on the Saturday on or before that day: 张先生 comes on Saturday mornings (seed 003). */
const at10 = (now: Date, daysAgo: number) => {
  const d = new Date(now.getTime() - daysAgo * DAY);
  const back = (d.getUTCDay() + 1) % 7; // days since the last Saturday
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - back, 2, 0));
};

/**
 * A small generated photo: a gradient with a few shapes (SVG → JPEG), then the normal upload pipeline.
 * No text: rendering text makes librsvg load the CJK fonts, a quarter second on every server start.
 */
async function demoJpeg([, from, to]: [string, string, string]) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs><rect width="400" height="300" fill="url(#g)"/><circle cx="200" cy="150" r="90" fill="none" stroke="#fff" stroke-opacity="0.5" stroke-width="14"/><circle cx="200" cy="150" r="30" fill="#fff" fill-opacity="0.35"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

function must<T>(r: { ok: true; value: T } | { ok: false; message?: string }): T {
  if (!r.ok) throw new Error(`seedHealthRecord: ${r.message}`);
  return r.value;
}

export async function seedHealthRecord(tx: Tx, core: CoreDemo, now: Date) {
  const advisor = { centerId: core.centerId, staffId: core.staff.advisor.id };
  const tech = { centerId: core.centerId, staffId: core.staff.technician.id };
  const owner = { customerId: core.zhang.id, vehicleId: core.model3.id };

  async function addFindings(visitId: string, list: DemoFinding[], at: Date) {
    for (const [i, f] of list.entries()) {
      const { fixedHere, photo, ...input } = f;
      const found = must(
        await recordFinding(
          tx,
          tech,
          v.parse(RecordFindingSchema, { ...input, visitId }),
          new Date(at.getTime() + (30 + i) * MINUTE),
        ),
      );
      if (photo) {
        await storeImage(
          tx,
          { ...owner, ownerKind: 'finding', ownerId: found.id, role: 'evidence', caption: photo[0] },
          await demoJpeg(photo),
          'image/jpeg',
        );
        await publishFinding(tx, found.id);
      }
      if (fixedHere) must(await updateFinding(tx, core.centerId, found.id, { fixedInVisitId: visitId }));
    }
  }

  const visitIds: string[] = [];
  for (const visitSpec of HISTORY) {
    const { daysAgo, readings, findings, photos, ...input } = visitSpec;
    const checkedInAt = at10(now, daysAgo);
    const deliveredAt = new Date(checkedInAt.getTime() + 150 * MINUTE);
    const visit = must(
      await recordVisit(
        tx,
        advisor,
        v.parse(RecordVisitSchema, {
          ...input,
          vehicleId: core.model3.id,
          technicianId: core.staff.technician.id,
          checkedInAt: checkedInAt.toISOString(),
          deliveredAt: deliveredAt.toISOString(),
          payment: input.payment ? { ...input.payment, paidAt: deliveredAt.toISOString() } : null,
        }),
        now,
      ),
    );
    visitIds.push(visit.id);
    must(
      await recordReadings(tx, core.centerId, {
        visitId: visit.id,
        readings: Object.entries(readings).map(([component, value]) => ({
          component: component as ReadingComponent,
          value,
        })),
      }),
    );
    await addFindings(visit.id, findings, checkedInAt);
    if (photos) {
      for (const role of ['before', 'after'] as const) {
        await storeImage(
          tx,
          { ...owner, ownerKind: 'visit', ownerId: visit.id, role, caption: photos[role][0] },
          await demoJpeg(photos[role]),
          'image/jpeg',
        );
      }
      await publishVisit(tx, visit.id);
    }
  }

  const [today] = await tx
    .select()
    .from(visits)
    .where(and(eq(visits.vehicleId, core.model3.id), eq(visits.status, 'in_progress')));
  if (today) {
    must(
      await recordReadings(tx, core.centerId, {
        visitId: today.id,
        readings: Object.entries(TODAY.readings).map(([component, value]) => ({
          component: component as ReadingComponent,
          value,
        })),
      }),
    );
    await addFindings(today.id, TODAY.findings, today.checkedInAt);
  }
  return { visitIds, todayVisitId: today?.id ?? null };
}
