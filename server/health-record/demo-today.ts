/**
 * Seed 002's inspection on today's in-progress visit (timeline's 20,000 km service): numbers chosen so
 * the wear projections land within a few months of today. The typed texts never quote a measurement or
 * a time: the app shows the reading and the projection computed from the record, one source of truth.
 */
import { type DemoVisit, pads, tyres } from './demo-visit-spec.ts';

export const TODAY: Pick<DemoVisit, 'readings' | 'findings'> = {
  readings: { ...tyres(2.6, 2.8, 3.6, 6.7), ...pads(4.0, 7.2), battery: 95 },
  findings: [
    {
      component: '前刹车片',
      grade: 'yellow',
      measureKind: 'brake_pad_mm',
      measureValue: 4.0,
      note: '前刹车片磨损较多，今天还在安全范围内。',
      recommendation: '今天可以不换，到更换线之前回来复查，到时该换就换。',
      noteEn: 'The front brake pads are well worn, but still within the safe range today.',
      recommendationEn: 'No need to replace them today: come back for a check before they reach the replacement line.',
      photo: ['前刹车片 4.0 mm', '#78350f', '#d97706'],
    },
    {
      component: '空调滤芯',
      grade: 'yellow',
      note: '空调滤芯比较脏了，不换的话空调效果会差，也影响呼吸健康。',
      recommendation: '建议今天一起更换（配件 150 元，工时 50 元）。',
      noteEn: 'The cabin air filter is dirty: the air conditioning works less well and the air is less clean.',
      recommendationEn: 'We suggest replacing it today as well (parts 150 yuan, labour 50 yuan).',
      photo: ['空调滤芯 脏污', '#57534e', '#a8a29e'],
    },
    {
      component: '左前轮胎',
      grade: 'yellow',
      measureKind: 'tread_mm',
      measureValue: 2.6,
      note: '左前轮胎花纹接近法定最低线。',
      recommendation: '建议在到达法定最低线之前更换前轮胎。',
      noteEn: 'The front-left tyre tread is close to the legal minimum.',
      recommendationEn: 'Replace the front tyres before they reach the legal minimum.',
    },
    {
      component: '玻璃水',
      grade: 'green',
      note: '玻璃水不足。',
      recommendation: '已免费加注。',
      noteEn: 'The washer fluid was low.',
      recommendationEn: 'Topped up free of charge.',
      fixedHere: true,
    },
  ],
};
