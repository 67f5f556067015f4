/**
 * The quote's arithmetic, shared by the customer's screen, the link page, the server and the record:
 * the three packages (MOT 6: required only; required + recommended, the advised one; everything),
 * the totals of a free per-line choice, and the MOT 9 options turned into line decisions.
 * All amounts are integer fen, so sums are exact.
 */
import { type Fen, sumFen } from '../money.ts';
import type { DecisionInput } from './decide-args.schema.ts';
import type { LineDecision, Mot9Option, PackageChoice, PackageName, QuoteTier } from './quote-codes.schema.ts';
import type { PricedLine } from './quote-view.schema.ts';

export const ADVISED_PACKAGE: PackageName = 'advised';

const PACKAGE_TIERS: Record<PackageName, readonly QuoteTier[]> = {
  required: ['required'],
  advised: ['required', 'recommended'],
  everything: ['required', 'recommended', 'optional'],
};

export const lineTotal = (l: Pick<PricedLine, 'partsFen' | 'labourFen'>): Fen => l.partsFen + l.labourFen;

export type Totals = { partsFen: Fen; labourFen: Fen; totalFen: Fen };

export function totalsOf(lines: readonly PricedLine[]): Totals {
  const partsFen = sumFen(lines.map((l) => l.partsFen));
  const labourFen = sumFen(lines.map((l) => l.labourFen));
  return { partsFen, labourFen, totalFen: partsFen + labourFen };
}

export const inPackage = (pkg: PackageName, tier: QuoteTier) => PACKAGE_TIERS[pkg].includes(tier);

export type Package = Totals & { name: PackageName; advised: boolean; lineKeys: string[] };

/** The three packages side by side, each with its lines and totals. */
export function packagesOf(lines: readonly PricedLine[]): Package[] {
  return (Object.keys(PACKAGE_TIERS) as PackageName[]).map((name) => {
    const included = lines.filter((l) => inPackage(name, l.tier));
    return { name, advised: name === ADVISED_PACKAGE, lineKeys: included.map((l) => l.key), ...totalsOf(included) };
  });
}

/**
 * The packages worth offering: one with no lines or nothing to pay is no choice at all (a quote with
 * no required line would offer "required only, ¥0"), and one with exactly the advised package's lines
 * is the same choice twice (no optional lines: "everything" is the advised package).
 */
export function offeredPackages(lines: readonly PricedLine[]): Package[] {
  const all = packagesOf(lines).filter((p) => p.lineKeys.length > 0 && p.totalFen > 0);
  const advised = all.find((p) => p.advised);
  const same = (a: Package, b: Package) => a.lineKeys.join() === b.lineKeys.join();
  return all.filter((p) => p.advised || !advised || !same(p, advised));
}

/** Picking a package: its lines approved, every other line declined (each can then be changed). */
export function decisionsForPackage(lines: readonly PricedLine[], pkg: PackageName): Record<string, LineDecision> {
  return Object.fromEntries(lines.map((l) => [l.key, inPackage(pkg, l.tier) ? 'approve' : 'decline']));
}

/** Which package a set of decisions amounts to, or 'custom' when it is a free choice. */
export function packageChoiceOf(
  lines: readonly PricedLine[],
  decisions: Record<string, LineDecision | undefined>,
): PackageChoice {
  for (const name of Object.keys(PACKAGE_TIERS) as PackageName[]) {
    const want = decisionsForPackage(lines, name);
    if (lines.every((l) => decisions[l.key] === want[l.key])) return name;
  }
  return 'custom';
}

export type DecisionTotals = { approvedFen: Fen; deferredFen: Fen; declinedFen: Fen; undecided: number };

export function decisionTotals(
  lines: readonly PricedLine[],
  decisions: Record<string, LineDecision | undefined>,
): DecisionTotals {
  const of = (d: LineDecision) => sumFen(lines.filter((l) => decisions[l.key] === d).map(lineTotal));
  return {
    approvedFen: of('approve'),
    deferredFen: of('defer'),
    declinedFen: of('decline'),
    undecided: lines.filter((l) => !decisions[l.key]).length,
  };
}

/**
 * MOT 9: the customer's option applies to every line of the supplementary quote — today approves,
 * next week defers to `nextWeekAt` (a proposed booking), keep driving declines with the stated risk.
 */
export function decisionsForOption(
  lines: readonly PricedLine[],
  option: Mot9Option,
  nextWeekAt: string,
): DecisionInput[] {
  return lines.map((l) =>
    option === 'today'
      ? { lineKey: l.key, decision: 'approve' as const }
      : option === 'next_week'
        ? { lineKey: l.key, decision: 'defer' as const, deferUntil: nextWeekAt }
        : { lineKey: l.key, decision: 'decline' as const },
  );
}

export type DecisionProblem = 'missing' | 'unknown_line' | 'duplicate' | 'defer_time' | 'stray_time';

/** Every line decided exactly once, a deferral with a time between now and a year ahead. */
export function checkDecisions(
  lines: readonly PricedLine[],
  decisions: readonly DecisionInput[],
  now: Date,
): { ok: true } | { ok: false; problem: DecisionProblem; lineKey?: string } {
  const keys = new Set(lines.map((l) => l.key));
  const seen = new Set<string>();
  for (const d of decisions) {
    if (!keys.has(d.lineKey)) return { ok: false, problem: 'unknown_line', lineKey: d.lineKey };
    if (seen.has(d.lineKey)) return { ok: false, problem: 'duplicate', lineKey: d.lineKey };
    seen.add(d.lineKey);
    if (d.decision === 'defer') {
      const at = d.deferUntil ? Date.parse(d.deferUntil) : Number.NaN;
      if (!(at > now.getTime() && at <= now.getTime() + 366 * 86_400_000)) {
        return { ok: false, problem: 'defer_time', lineKey: d.lineKey };
      }
    } else if (d.deferUntil) return { ok: false, problem: 'stray_time', lineKey: d.lineKey };
  }
  const missing = lines.find((l) => !seen.has(l.key));
  return missing ? { ok: false, problem: 'missing', lineKey: missing.key } : { ok: true };
}
