import { describe, expect, it } from 'vitest';
import {
  ANNIVERSARY_CARD_DAYS,
  anniversaryCard,
  CO2_AVOIDED_G_PER_KM,
  isElectricModel,
  lastAnniversary,
  odometerOn,
  TREE_KG_CO2_PER_YEAR,
} from './anniversary.ts';

const model3 = {
  purchaseDate: '2025-12-01',
  model: 'Tesla Model 3',
  // Delivered with 12 km; two visits' odometer readings; the anniversary falls between them and after.
  odometer: [
    { date: '2025-12-01', km: 12 },
    { date: '2026-06-15', km: 11_012 },
    { date: '2026-12-01', km: 23_012 },
  ],
  visits: [
    { date: '2026-06-15', done: ['空调滤芯更换', '轮胎换位'] },
    { date: '2026-12-01', done: ['常规保养', '轮胎换位'] },
    { date: '2025-11-20', done: ['交付前检查'] }, // before the year: not counted
  ],
};

describe('the factors', () => {
  it('states the CO₂ factor from its derivation: 6.0 L/100 km × 2.31 kg/L = 138.6 → 139 g/km', () => {
    expect(CO2_AVOIDED_G_PER_KM).toBe(139);
    // The seed's example: 23,000 km → 3.2 t.
    expect(((23_000 * CO2_AVOIDED_G_PER_KM) / 1e6).toFixed(1)).toBe('3.2');
  });
  it('states the tree factor: 3,200 kg / 175 trees = 18.3 kg per tree-year', () => {
    expect(Math.round(3200 / TREE_KG_CO2_PER_YEAR)).toBe(175);
  });
});

describe('anniversaryCard', () => {
  it('the seed’s year: 23,000 km, 2 visits, what was done, 3,197 kg CO₂ (3.2 t), 175 trees', () => {
    const card = anniversaryCard({ ...model3, today: '2026-12-03' });
    expect(card).toEqual({
      years: 1,
      anniversary: '2026-12-01',
      from: '2025-12-01',
      to: '2026-12-01',
      km: 23_000,
      visits: 2,
      fixed: ['空调滤芯更换', '轮胎换位', '常规保养'],
      electric: true,
      co2Kg: 3197, // 23,000 × 139 g = 3,197,000 g
      trees: 175, // 3,197 / 18.3 = 174.7
    });
  });

  it('shows from the anniversary day for 14 days, and not before or after', () => {
    expect(anniversaryCard({ ...model3, today: '2026-12-01' })?.years).toBe(1);
    expect(anniversaryCard({ ...model3, today: '2026-12-14' })?.years).toBe(1); // day 13
    expect(ANNIVERSARY_CARD_DAYS).toBe(14);
    expect(anniversaryCard({ ...model3, today: '2026-12-15' })).toBeNull();
    expect(anniversaryCard({ ...model3, today: '2026-11-30' })).toBeNull(); // the first year is not over
  });

  it('interpolates the odometer at the year’s ends between readings (9,000 km in a year read mid-way)', () => {
    // Readings 2026-06-01 6,000 and 2027-06-01 18,000 (365 days): on 2026-12-01 (183 days in) ≈ 12,016.
    const card = anniversaryCard({
      purchaseDate: '2024-12-01',
      model: '比亚迪 秦PLUS DM-i',
      today: '2026-12-01',
      odometer: [
        { date: '2025-06-01', km: 3_000 },
        { date: '2026-06-01', km: 6_000 },
        { date: '2027-06-01', km: 18_000 },
      ],
      visits: [],
    })!;
    // 2025-12-01 is 183 of 365 days from 2025-06-01: 3,000 + 3,000 × 183/365 = 4,504; 2026-12-01: 6,000 + 12,000 × 183/365 = 12,016.
    expect(card.years).toBe(2);
    expect(card.km).toBe(12_016 - 4_504);
    expect(card).toMatchObject({ electric: false, co2Kg: null, trees: null, visits: 0, fixed: [] });
  });
});

describe('helpers', () => {
  it('odometerOn holds the nearest reading outside the readings, and is null with none', () => {
    const r = [
      { date: '2026-01-01', km: 1000 },
      { date: '2026-01-31', km: 4000 },
    ];
    expect(odometerOn(r, '2026-01-11')).toBe(2000);
    expect(odometerOn(r, '2025-12-01')).toBe(1000);
    expect(odometerOn(r, '2026-03-01')).toBe(4000);
    expect(odometerOn([], '2026-03-01')).toBeNull();
  });
  it('lastAnniversary clamps a 29 February purchase to 28 February', () => {
    expect(lastAnniversary('2024-02-29', '2025-02-28')).toEqual({ date: '2025-02-28', years: 1 });
    expect(lastAnniversary('2024-12-05', '2025-12-03')).toBeNull();
  });
  it('recognises electric models by name', () => {
    expect(isElectricModel('Tesla Model Y')).toBe(true);
    expect(isElectricModel('小鹏 P7')).toBe(true);
    expect(isElectricModel('大众 帕萨特')).toBe(false);
  });
});
