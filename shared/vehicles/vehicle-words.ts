/** Car colours and models as the center's catalog names them (shared/words/bilingual.ts). */
import type { Bilingual } from '../words/bilingual.ts';

export const VEHICLE_COLOURS: readonly Bilingual[] = [
  { zh: '珍珠白', en: 'Pearl white' },
  { zh: '冷光银', en: 'Quicksilver' },
  { zh: '星空灰', en: 'Stealth grey' },
  { zh: '深海蓝', en: 'Deep blue' },
  { zh: '烈焰红', en: 'Ultra red' },
  { zh: '曜石黑', en: 'Solid black' },
  { zh: '白色', en: 'White' },
  { zh: '黑色', en: 'Black' },
  { zh: '银色', en: 'Silver' },
  { zh: '灰色', en: 'Grey' },
  { zh: '蓝色', en: 'Blue' },
  { zh: '红色', en: 'Red' },
  { zh: '绿色', en: 'Green' },
  { zh: '黄色', en: 'Yellow' },
  { zh: '棕色', en: 'Brown' },
];

export const VEHICLE_MODELS: readonly Bilingual[] = [
  { zh: 'Tesla Model 3 后轮驱动版', en: 'Tesla Model 3 Rear-Wheel Drive' },
  { zh: 'Tesla Model 3 长续航版', en: 'Tesla Model 3 Long Range' },
  { zh: 'Tesla Model 3 高性能版', en: 'Tesla Model 3 Performance' },
  { zh: 'Tesla Model Y 后轮驱动版', en: 'Tesla Model Y Rear-Wheel Drive' },
  { zh: 'Tesla Model Y 长续航版', en: 'Tesla Model Y Long Range' },
  { zh: 'Tesla Model Y 高性能版', en: 'Tesla Model Y Performance' },
  { zh: 'Tesla Model S', en: 'Tesla Model S' },
  { zh: 'Tesla Model X', en: 'Tesla Model X' },
  { zh: 'BYD 海豹', en: 'BYD Seal' },
  { zh: 'BYD 汉', en: 'BYD Han' },
  { zh: 'BYD 秦 PLUS', en: 'BYD Qin PLUS' },
  { zh: 'BYD 宋 PLUS', en: 'BYD Song PLUS' },
  { zh: 'BYD 海豚', en: 'BYD Dolphin' },
];
