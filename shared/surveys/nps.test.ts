import { describe, expect, it } from 'vitest';
import { nps, npsBand, npsCounts, npsFromCounts, npsFromPercents } from './nps.ts';

describe('NPS', () => {
  it('bands scores as seed 003 does: 9-10 promoters, 7-8 passives, 0-6 detractors', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsBand)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
    expect(() => npsBand(11)).toThrow(RangeError);
    expect(() => npsBand(6.5)).toThrow(RangeError);
  });
  it('gives 51 for seed 003’s exercise (58 % promoters, 7 % detractors), not the 62 printed there', () => {
    expect(npsFromPercents(58, 7)).toBe(51);
    // The same shares as counts of 100 answers: 58 promoters, 35 passives, 7 detractors.
    const scores = [...Array(58).fill(10), ...Array(35).fill(8), ...Array(7).fill(3)];
    expect(npsCounts(scores)).toEqual({ promoters: 58, passives: 35, detractors: 7, total: 100 });
    expect(nps(scores)).toBe(51);
  });
  it('counts passives in the total but in neither band', () => {
    // 4 promoters, 4 passives, 2 detractors of 10: 40 % − 20 % = 20.
    expect(nps([9, 10, 9, 10, 7, 8, 7, 8, 0, 6])).toBe(20);
  });
  it('spans −100 to 100 and rounds to a whole number', () => {
    expect(nps([10, 9])).toBe(100);
    expect(nps([0, 5, 6])).toBe(-100);
    expect(nps([10, 8, 2])).toBe(0);
    expect(nps([10, 10, 8])).toBe(67); // 66.7
  });
  it('has no score when nobody answered', () => {
    expect(npsFromCounts({ promoters: 0, detractors: 0, total: 0 })).toBeNull();
  });
});
