/**
 * Property test of the points ledger over random sequences of earn / spend / expire / reverse, with
 * time moving forward. Each step plans its entry with the pure functions (as the server does) and
 * appends it; after every step the invariants of issue 14 must hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  available,
  balanceOf,
  type LedgerEntry,
  lots,
  planExpiries,
  planPartialReversal,
  planReversal,
  planSpend,
} from './ledger.ts';

const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');

type Op =
  | { op: 'earn'; points: number; lifeDays: number | null }
  | { op: 'spend'; points: number }
  | { op: 'wait'; days: number }
  | { op: 'reverse'; pick: number }
  | { op: 'reduce'; pick: number; points: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('earn' as const),
    points: fc.integer({ min: 1, max: 500 }),
    lifeDays: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
  }),
  fc.record({ op: fc.constant('spend' as const), points: fc.integer({ min: 1, max: 700 }) }),
  fc.record({ op: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ op: fc.constant('reverse' as const), pick: fc.nat() }),
  // A partial refund: part of an earn taken back.
  fc.record({ op: fc.constant('reduce' as const), pick: fc.nat(), points: fc.integer({ min: 1, max: 600 }) }),
);

/** Runs the ops like the server: expiries due are written before anything else at each moment. */
function run(ops: readonly Op[], check: (entries: LedgerEntry[], now: Date, last: LedgerEntry | null) => void) {
  const entries: LedgerEntry[] = [];
  let now = START;
  let n = 0;
  const add = (e: Omit<LedgerEntry, 'id'>) => {
    const entry = { ...e, id: `e${String(n++).padStart(4, '0')}` };
    entries.push(entry);
    return entry;
  };
  const expire = () => {
    for (const x of planExpiries(entries, new Date(now))) add({ kind: 'expire', points: x.points, lotId: x.lotId });
  };
  for (const o of ops) {
    expire();
    let last: LedgerEntry | null = null;
    if (o.op === 'earn') {
      const expiresAt = o.lifeDays === null ? null : new Date(now + o.lifeDays * DAY).toISOString();
      last = add({ kind: 'earn', points: o.points, expiresAt });
    } else if (o.op === 'spend') {
      const before = available(entries, new Date(now));
      const draws = planSpend(entries, o.points, new Date(now));
      expect(draws === null).toBe(o.points > before);
      if (draws) last = add({ kind: 'spend', points: -o.points, draws });
    } else if (o.op === 'wait') {
      now += o.days * DAY;
    } else if (o.op === 'reduce') {
      const earns = entries.filter((e) => e.kind === 'earn');
      const target = earns[o.pick % Math.max(1, earns.length)];
      const plan = target ? planPartialReversal(entries, target.id, o.points) : null;
      if (plan) {
        const left = lots(entries).find((l) => l.lotId === target!.id)!.remaining;
        expect(-plan.points).toBe(Math.min(o.points, left));
        last = add({ kind: 'reverse', ...plan });
      }
    } else {
      const candidates = entries.filter((e) => e.kind === 'earn' || e.kind === 'spend');
      const target = candidates[o.pick % Math.max(1, candidates.length)];
      const plan = target ? planReversal(entries, target.id) : null;
      if (plan) last = add({ kind: 'reverse', reverses: target!.id, ...plan });
    }
    expire();
    check(entries, new Date(now), last);
  }
}

describe('points ledger (property)', () => {
  it('balance = sum of entries, never negative, equals what is spendable once expiries are written', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        run(ops, (entries, now) => {
          const balance = balanceOf(entries);
          expect(balance).toBe(entries.reduce((s, e) => s + e.points, 0));
          expect(balance).toBeGreaterThanOrEqual(0);
          expect(balance).toBe(available(entries, now));
          for (const lot of lots(entries)) {
            expect(lot.remaining).toBeGreaterThanOrEqual(0);
            expect(lot.remaining).toBeLessThanOrEqual(lot.earned);
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it('a spend takes the soonest-expiring lots first and records the lots it drew from', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        run(ops, (entries, now, last) => {
          if (last?.kind !== 'spend') return;
          const before = lots(entries.slice(0, -1)).filter(
            (l) => l.remaining > 0 && (l.expiresAt === null || Date.parse(l.expiresAt) > now.getTime()),
          );
          const drawn = new Set(last.draws!.map((d) => d.lotId));
          expect(last.draws!.reduce((s, d) => s + d.points, 0)).toBe(-last.points);
          // Every lot drawn from expires no later than any usable lot left untouched.
          const key = (e: string | null) => (e === null ? Infinity : Date.parse(e));
          const latestDrawn = Math.max(...before.filter((l) => drawn.has(l.lotId)).map((l) => key(l.expiresAt)));
          for (const l of before.filter((l) => !drawn.has(l.lotId)))
            expect(key(l.expiresAt)).toBeGreaterThanOrEqual(latestDrawn);
          // Only the last lot drawn may be drawn partly.
          for (const d of last.draws!.slice(0, -1))
            expect(d.points).toBe(before.find((l) => l.lotId === d.lotId)!.remaining);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a lot spent in part and then expired loses only its unspent part', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 1000 }),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 1000 }),
        (earned, spentRaw, other) => {
          const spent = Math.min(spentRaw, earned - 1);
          const ops: Op[] = [
            { op: 'earn', points: earned, lifeDays: 10 },
            ...(other > 0 ? [{ op: 'earn' as const, points: other, lifeDays: null }] : []),
            { op: 'spend', points: spent },
            { op: 'wait', days: 11 },
          ];
          let final: LedgerEntry[] = [];
          run(ops, (entries) => {
            final = entries;
          });
          const expiry = final.filter((e) => e.kind === 'expire');
          expect(expiry).toHaveLength(1);
          expect(expiry[0]!.points).toBe(-(earned - spent));
          expect(balanceOf(final)).toBe(other);
        },
      ),
    );
  });

  it('reversing an earn already spent in part takes back only what is left; a spend reversed gives back its draws', () => {
    const entries: LedgerEntry[] = [
      { id: 'a', kind: 'earn', points: 300, expiresAt: null },
      { id: 's', kind: 'spend', points: -200, draws: [{ lotId: 'a', points: 200 }] },
    ];
    expect(planReversal(entries, 'a')).toEqual({ points: -100, lotId: 'a', draws: null });
    expect(planReversal(entries, 's')).toEqual({ points: 200, lotId: null, draws: [{ lotId: 'a', points: 200 }] });
    const done = [
      ...entries,
      { id: 'r', kind: 'reverse' as const, reverses: 's', points: 200, draws: [{ lotId: 'a', points: 200 }] },
    ];
    expect(planReversal(done, 's')).toBeNull();
    expect(lots(done)[0]!.remaining).toBe(300);
  });
});
