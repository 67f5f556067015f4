import { describe, expect, it } from 'vitest';
import { diffVersions } from './diff.ts';
import type { PricedLine } from './quote-view.schema.ts';

const K = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const v1: PricedLine[] = [
  { key: K(1), tier: 'required', title: '刹车油更换', partsFen: 18_000, labourFen: 20_000 },
  { key: K(2), tier: 'recommended', title: '空调滤芯更换', partsFen: 15_000, labourFen: 5_000 },
  { key: K(3), tier: 'optional', title: '全车镀膜', partsFen: 80_000, labourFen: 40_000 },
];

describe('diffVersions', () => {
  it('finds nothing between equal versions', () => {
    expect(diffVersions(v1, v1)).toEqual({ changes: [], totalBeforeFen: 178_000, totalAfterFen: 178_000 });
  });

  it('names price changes, renames, additions and removals by line', () => {
    const v2: PricedLine[] = [
      { ...v1[0]!, partsFen: 20_000 },
      { ...v1[1]!, title: '空调滤芯（活性炭）更换' },
      { key: K(4), tier: 'recommended', title: '四轮定位', partsFen: 0, labourFen: 45_000 },
    ];
    const d = diffVersions(v1, v2);
    expect(d.changes).toEqual([
      { kind: 'price', key: K(1), title: '刹车油更换', tier: 'required', beforeFen: 38_000, afterFen: 40_000 },
      {
        kind: 'changed',
        key: K(2),
        title: '空调滤芯（活性炭）更换',
        tier: 'recommended',
        beforeFen: 20_000,
        afterFen: 20_000,
      },
      { kind: 'added', key: K(4), title: '四轮定位', tier: 'recommended', beforeFen: null, afterFen: 45_000 },
      { kind: 'removed', key: K(3), title: '全车镀膜', tier: 'optional', beforeFen: 120_000, afterFen: null },
    ]);
    expect([d.totalBeforeFen, d.totalAfterFen]).toEqual([178_000, 105_000]);
  });

  it('reports moving money between parts and labour as a price change', () => {
    const d = diffVersions(v1, [{ ...v1[0]!, partsFen: 20_000, labourFen: 18_000 }, v1[1]!, v1[2]!]);
    expect(d.changes.map((c) => c.kind)).toEqual(['price']);
  });
});
