/**
 * Two years of 张先生's Model 3 (bought two years and two days before today, see seed-core.ts): five visits, ending with the
 * maintenance 5 months ago that makes today's visit due (seed 002's "满5个月"). Findings cover all three
 * grades so every badge and state shows up in the demo.
 */
import { type DemoVisit, pads, tyres } from './demo-visit-spec.ts';

export const HISTORY: DemoVisit[] = [
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
        noteEn: 'A light scratch on the right rear door; it does not affect use.',
        recommendationEn: 'Can be touched up at your next detailing.',
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
        noteEn: 'The front-left tyre is wearing unevenly on its outer edge.',
        recommendationEn: 'Rotated and balanced today.',
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
        note: '前刹车片已磨到安全线以下。',
        recommendation: '已当场更换原厂刹车片。',
        noteEn: 'The front brake pads were worn below the safety line.',
        recommendationEn: 'Replaced with genuine pads on the spot.',
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
        noteEn: 'A bulge in the right rear tyre sidewall: it could burst.',
        recommendationEn: 'Replaced with a new tyre.',
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
        noteEn: 'The wiper blades have aged and leave streaks.',
        recommendationEn: 'Replaced.',
        fixedHere: true,
      },
      {
        component: '车机软件',
        grade: 'green',
        note: '有可用的软件更新。',
        recommendation: '建议在家中连接 Wi-Fi 后升级。',
        noteEn: 'A software update is available.',
        recommendationEn: 'Best installed at home over Wi-Fi.',
      },
    ],
    photos: { before: ['保养前', '#6b7280', '#9ca3af'], after: ['保养后', '#0e7490', '#22d3ee'] },
  },
];
