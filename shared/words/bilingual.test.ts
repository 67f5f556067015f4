import { describe, expect, it } from 'vitest';
import { FINDING_COMPONENTS } from '../health-record/component-words.ts';
import { VEHICLE_COLOURS, VEHICLE_MODELS } from '../vehicles/vehicle-words.ts';
import { catalogName, freeText, writtenLang } from './bilingual.ts';

describe('workshop words in the reader’s language', () => {
  it('names a catalog value in either language, found by either of its names', () => {
    expect(catalogName(VEHICLE_COLOURS, '珍珠白', 'en')).toEqual({ text: 'Pearl white', lang: 'en' });
    expect(catalogName(VEHICLE_COLOURS, '珍珠白', 'zh-CN')).toEqual({ text: '珍珠白', lang: 'zh-CN' });
    expect(catalogName(FINDING_COMPONENTS, ' pearl WHITE ', 'zh-CN').text).toBe(' pearl WHITE ');
    expect(catalogName(FINDING_COMPONENTS, 'front brake pads', 'zh-CN')).toEqual({ text: '前刹车片', lang: 'zh-CN' });
    expect(catalogName(VEHICLE_MODELS, 'Tesla Model 3 后轮驱动版', 'en').text).toBe('Tesla Model 3 Rear-Wheel Drive');
  });

  it('keeps a value outside the catalog as written, marked with its language', () => {
    expect(catalogName(FINDING_COMPONENTS, '左前雾灯', 'en')).toEqual({ text: '左前雾灯', lang: 'zh-CN' });
    expect(catalogName(VEHICLE_MODELS, 'Lotus Eletre', 'zh-CN')).toEqual({ text: 'Lotus Eletre', lang: 'en' });
  });

  it('shows free text as written unless staff gave an English text and the reader reads English', () => {
    expect(freeText('玻璃水不足。', 'The washer fluid was low.', 'en')).toEqual({
      text: 'The washer fluid was low.',
      lang: 'en',
    });
    expect(freeText('玻璃水不足。', 'The washer fluid was low.', 'zh-CN')).toEqual({
      text: '玻璃水不足。',
      lang: 'zh-CN',
    });
    expect(freeText('玻璃水不足。', null, 'en')).toEqual({ text: '玻璃水不足。', lang: 'zh-CN' });
    expect(freeText('玻璃水不足。', '', 'en').lang).toBe('zh-CN');
    expect(writtenLang('OK, 12 V')).toBe('en');
  });

  it('has one entry per name in each catalog', () => {
    for (const list of [VEHICLE_COLOURS, VEHICLE_MODELS, FINDING_COMPONENTS]) {
      const names = list.flatMap((e) => [e.zh.toLowerCase(), e.en.toLowerCase()]);
      const shared = list.filter((e) => e.zh === e.en).length; // "Tesla Model S" is its own name in both
      expect(new Set(names).size).toBe(names.length - shared);
    }
  });
});
