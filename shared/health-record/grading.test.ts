import { describe, expect, it } from 'vitest';
import { brakePadLifePct, compareFindings, gradeAllowed, gradeForMeasure } from './grading.ts';

describe('grading rules (seed 002)', () => {
  it('brake pads: life % between new 10 mm and worn 2 mm; < 10 % red, 10-30 % yellow', () => {
    expect(brakePadLifePct(4)).toBe(25);
    expect(brakePadLifePct(10)).toBe(100);
    expect(brakePadLifePct(1)).toBe(0);
    expect(gradeForMeasure('brake_pad_mm', 4)).toBe('yellow');
    expect(gradeForMeasure('brake_pad_mm', 2.6)).toBe('red');
    expect(gradeForMeasure('brake_pad_mm', 6)).toBe('green');
  });
  it('tread: under the legal 1.6 mm red, up to 3 mm yellow', () => {
    expect(gradeForMeasure('tread_mm', 1.5)).toBe('red');
    expect(gradeForMeasure('tread_mm', 1.6)).toBe('yellow');
    expect(gradeForMeasure('tread_mm', 3)).toBe('yellow');
    expect(gradeForMeasure('tread_mm', 3.1)).toBe('green');
  });
  it('battery health: under 70 % red, under 80 % yellow', () => {
    expect(gradeForMeasure('battery_pct', 65)).toBe('red');
    expect(gradeForMeasure('battery_pct', 75)).toBe('yellow');
    expect(gradeForMeasure('battery_pct', 95)).toBe('green');
  });
  it('lets staff grade more severely than the rule, never more mildly', () => {
    expect(gradeAllowed('red', 'tread_mm', 5)).toBe(true);
    expect(gradeAllowed('green', 'tread_mm', 1.2)).toBe(false);
    expect(gradeAllowed('yellow', 'brake_pad_mm', 2.5)).toBe(false);
    expect(gradeAllowed('green', null, null)).toBe(true);
  });
  it('orders open findings first, most severe first', () => {
    const list = [
      { grade: 'green' as const, status: 'open' },
      { grade: 'red' as const, status: 'fixed' },
      { grade: 'yellow' as const, status: 'open' },
      { grade: 'red' as const, status: 'open' },
    ];
    expect([...list].sort(compareFindings)).toEqual([list[3], list[2], list[0], list[1]]);
  });
});
