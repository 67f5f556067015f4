/**
 * What changed between two versions of a quote, line by line (matched by the line's stable key):
 * shown to a customer whose approval of an older version was refused, and with every revision.
 */
import { lineTotal, totalsOf } from './packages.ts';
import type { LineChange, PricedLine } from './quote-view.schema.ts';

export type VersionDiff = { changes: LineChange[]; totalBeforeFen: number; totalAfterFen: number };

export function diffVersions(before: readonly PricedLine[], after: readonly PricedLine[]): VersionDiff {
  const old = new Map(before.map((l) => [l.key, l]));
  const changes: LineChange[] = [];
  for (const l of after) {
    const was = old.get(l.key);
    const afterFen = lineTotal(l);
    if (!was) {
      changes.push({ kind: 'added', key: l.key, title: l.title, tier: l.tier, beforeFen: null, afterFen });
      continue;
    }
    old.delete(l.key);
    const beforeFen = lineTotal(was);
    if (beforeFen !== afterFen || was.partsFen !== l.partsFen) {
      changes.push({ kind: 'price', key: l.key, title: l.title, tier: l.tier, beforeFen, afterFen });
    } else if (was.title !== l.title || was.tier !== l.tier) {
      changes.push({ kind: 'changed', key: l.key, title: l.title, tier: l.tier, beforeFen, afterFen });
    }
  }
  for (const l of old.values()) {
    changes.push({
      kind: 'removed',
      key: l.key,
      title: l.title,
      tier: l.tier,
      beforeFen: lineTotal(l),
      afterFen: null,
    });
  }
  return { changes, totalBeforeFen: totalsOf(before).totalFen, totalAfterFen: totalsOf(after).totalFen };
}
