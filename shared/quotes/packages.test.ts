import { describe, expect, it } from 'vitest';
import {
  checkDecisions,
  decisionTotals,
  decisionsForOption,
  decisionsForPackage,
  packageChoiceOf,
  offeredPackages,
  packagesOf,
  totalsOf,
} from './packages.ts';
import type { PricedLine } from './quote-view.schema.ts';

// Seed 000, MOT 6: required 380 + 180, recommended 450, optional 1200 → 560 / 1010 / 2210 yuan.
const K = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const lines: PricedLine[] = [
  { key: K(1), tier: 'required', title: '刹车油更换', partsFen: 18_000, labourFen: 20_000 },
  { key: K(2), tier: 'required', title: '空调滤芯更换', partsFen: 13_000, labourFen: 5_000 },
  { key: K(3), tier: 'recommended', title: '四轮定位', partsFen: 0, labourFen: 45_000 },
  { key: K(4), tier: 'optional', title: '全车镀膜', partsFen: 80_000, labourFen: 40_000 },
];

describe('packagesOf', () => {
  it('gives the three packages of seed 000 with their totals, the middle one advised', () => {
    const p = packagesOf(lines);
    expect(p.map((x) => [x.name, x.totalFen, x.advised])).toEqual([
      ['required', 56_000, false],
      ['advised', 101_000, true],
      ['everything', 221_000, false],
    ]);
    expect(p[1]!.lineKeys).toEqual([K(1), K(2), K(3)]);
  });

  it('splits parts and labour', () => {
    expect(totalsOf(lines)).toEqual({ partsFen: 111_000, labourFen: 110_000, totalFen: 221_000 });
  });
});

describe('offeredPackages', () => {
  it('offers all three when each is a different choice', () => {
    expect(offeredPackages(lines).map((p) => p.name)).toEqual(['required', 'advised', 'everything']);
  });

  it('never offers a package with no lines or ¥0, nor one that repeats the advised package', () => {
    const noRequired = lines.filter((l) => l.tier !== 'required');
    expect(offeredPackages(noRequired).map((p) => [p.name, p.lineKeys.length])).toEqual([
      ['advised', 1],
      ['everything', 2],
    ]);
    const noOptional = lines.filter((l) => l.tier !== 'optional');
    expect(offeredPackages(noOptional).map((p) => p.name)).toEqual(['required', 'advised']);
    const free = lines.map((l) => (l.tier === 'required' ? { ...l, partsFen: 0, labourFen: 0 } : l));
    expect(offeredPackages(free).map((p) => p.name)).toEqual(['advised', 'everything']);
    expect(offeredPackages([])).toEqual([]);
  });
});

describe('decisions', () => {
  it('a package approves its lines and declines the rest; the choice is recognised back', () => {
    const d = decisionsForPackage(lines, 'advised');
    expect(d).toEqual({ [K(1)]: 'approve', [K(2)]: 'approve', [K(3)]: 'approve', [K(4)]: 'decline' });
    expect(packageChoiceOf(lines, d)).toBe('advised');
    expect(packageChoiceOf(lines, { ...d, [K(3)]: 'defer' })).toBe('custom');
  });

  it('totals approved, deferred and declined amounts and counts what is undecided', () => {
    expect(decisionTotals(lines, { [K(1)]: 'approve', [K(3)]: 'defer', [K(4)]: 'decline' })).toEqual({
      approvedFen: 38_000,
      deferredFen: 45_000,
      declinedFen: 120_000,
      undecided: 1,
    });
  });

  it('turns each MOT 9 option into line decisions', () => {
    const at = '2026-12-01T02:00:00.000Z';
    expect(decisionsForOption([lines[0]!], 'today', at)).toEqual([{ lineKey: K(1), decision: 'approve' }]);
    expect(decisionsForOption([lines[0]!], 'next_week', at)).toEqual([
      { lineKey: K(1), decision: 'defer', deferUntil: at },
    ]);
    expect(decisionsForOption([lines[0]!], 'keep_driving', at)).toEqual([{ lineKey: K(1), decision: 'decline' }]);
  });
});

describe('checkDecisions', () => {
  const now = new Date('2026-11-20T02:00:00Z');
  const all = lines.map((l) => ({ lineKey: l.key, decision: 'approve' as const }));

  it('accepts every line decided once', () => {
    expect(checkDecisions(lines, all, now)).toEqual({ ok: true });
  });
  it('refuses a missing, unknown or repeated line', () => {
    expect(checkDecisions(lines, all.slice(1), now)).toMatchObject({ ok: false, problem: 'missing', lineKey: K(1) });
    expect(checkDecisions(lines, [...all, { lineKey: K(9), decision: 'approve' }], now)).toMatchObject({
      problem: 'unknown_line',
    });
    expect(checkDecisions(lines, [...all, all[0]!], now)).toMatchObject({ problem: 'duplicate' });
  });
  it('needs a future time within a year for a deferral, and no time otherwise', () => {
    const defer = (deferUntil?: string) => [
      ...all.slice(0, 2),
      { lineKey: K(3), decision: 'defer' as const, ...(deferUntil ? { deferUntil } : {}) },
      all[3]!,
    ];
    expect(checkDecisions(lines, defer('2026-11-27T02:00:00Z'), now)).toEqual({ ok: true });
    expect(checkDecisions(lines, defer(), now)).toMatchObject({ problem: 'defer_time' });
    expect(checkDecisions(lines, defer('2026-11-19T02:00:00Z'), now)).toMatchObject({ problem: 'defer_time' });
    expect(checkDecisions(lines, defer('2028-01-01T00:00:00Z'), now)).toMatchObject({ problem: 'defer_time' });
    expect(
      checkDecisions(lines, [{ ...all[0]!, deferUntil: '2026-11-27T02:00:00Z' }, ...all.slice(1)], now),
    ).toMatchObject({
      problem: 'stray_time',
    });
  });
});
