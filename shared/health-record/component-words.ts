/**
 * The parts a finding names, as the center's catalog names them (shared/words/bilingual.ts). The
 * staff form offers these; a part outside the list is kept as written.
 */
import type { Bilingual } from '../words/bilingual.ts';

export const FINDING_COMPONENTS: readonly Bilingual[] = [
  { zh: '前刹车片', en: 'Front brake pads' },
  { zh: '后刹车片', en: 'Rear brake pads' },
  { zh: '刹车盘', en: 'Brake discs' },
  { zh: '刹车油', en: 'Brake fluid' },
  { zh: '左前轮胎', en: 'Front-left tyre' },
  { zh: '右前轮胎', en: 'Front-right tyre' },
  { zh: '左后轮胎', en: 'Rear-left tyre' },
  { zh: '右后轮胎', en: 'Rear-right tyre' },
  { zh: '前轮胎', en: 'Front tyres' },
  { zh: '后轮胎', en: 'Rear tyres' },
  { zh: '左前减震器', en: 'Front-left shock absorber' },
  { zh: '右前减震器', en: 'Front-right shock absorber' },
  { zh: '左后减震器', en: 'Rear-left shock absorber' },
  { zh: '右后减震器', en: 'Rear-right shock absorber' },
  { zh: '空调滤芯', en: 'Cabin air filter' },
  { zh: '雨刮片', en: 'Wiper blades' },
  { zh: '玻璃水', en: 'Washer fluid' },
  { zh: '冷却液', en: 'Coolant' },
  { zh: '12V 蓄电池', en: '12 V battery' },
  { zh: '动力电池', en: 'High-voltage battery' },
  { zh: '车机软件', en: 'Infotainment software' },
  { zh: '车灯', en: 'Lights' },
  { zh: '底盘', en: 'Underbody' },
  { zh: '车身右后门', en: 'Body: right rear door' },
  { zh: '车身左后门', en: 'Body: left rear door' },
  { zh: '前保险杠', en: 'Front bumper' },
  { zh: '后保险杠', en: 'Rear bumper' },
];
