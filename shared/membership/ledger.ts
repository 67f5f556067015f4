/**
 * The points ledger as pure functions, so the server, the property test and the bench share one rule.
 *
 * The ledger is append-only. Every earn is a LOT with its own expiry. A spend draws from the lots
 * whose expiry comes first and records the draws, so an expiry later takes only what is left of its
 * lot (the common bug — balance = unexpired earns − all spends — collapses a balance when an old,
 * already spent lot expires). A correction is a reversing entry, never an edit: reversing an earn
 * takes back what is left of its lot (all of it, or the part a partial refund no longer earns),
 * reversing a spend gives its draws back to their lots.
 *
 * The balance is the sum of the entries' points, and no planned entry ever takes it below zero.
 */

export type EntryKind = 'earn' | 'spend' | 'expire' | 'reverse';

export type Draw = { lotId: string; points: number };

export type LedgerEntry = {
  id: string;
  kind: EntryKind;
  /** Signed: earns add, spends and expiries take away, a reversal takes back or gives back. */
  points: number;
  /** An expiry or the reversal of an earn: the lot it acts on. */
  lotId?: string | null;
  /** A spend, or the reversal of a spend (points given back): which lots, how much from each. */
  draws?: readonly Draw[] | null;
  /** An earn: when what is left of the lot expires (null: never). ISO string. */
  expiresAt?: string | null;
  /** A reversal: the entry it reverses. */
  reverses?: string | null;
};

export type Lot = { lotId: string; earned: number; remaining: number; expiresAt: string | null };

const expiryKey = (e: string | null) => (e === null ? Number.POSITIVE_INFINITY : Date.parse(e));

/** Every lot with what is left of it, in the order a spend draws from them (soonest expiry first). */
export function lots(entries: readonly LedgerEntry[]): Lot[] {
  const byId = new Map<string, Lot>();
  const order: Lot[] = [];
  for (const e of entries) {
    if (e.kind === 'earn') {
      const lot = { lotId: e.id, earned: e.points, remaining: e.points, expiresAt: e.expiresAt ?? null };
      byId.set(e.id, lot);
      order.push(lot);
    }
  }
  for (const e of entries) {
    if (e.kind === 'earn') continue;
    if (e.draws) {
      // A spend's draws are taken away; a reversed spend's draws (positive points) come back.
      const sign = e.points >= 0 ? 1 : -1;
      for (const d of e.draws) {
        const lot = byId.get(d.lotId);
        if (lot) lot.remaining += sign * d.points;
      }
    } else if (e.lotId) {
      const lot = byId.get(e.lotId);
      if (lot) lot.remaining += e.points;
    }
  }
  return order.sort((a, b) => expiryKey(a.expiresAt) - expiryKey(b.expiresAt) || (a.lotId < b.lotId ? -1 : 1));
}

export const balanceOf = (entries: readonly LedgerEntry[]) => entries.reduce((sum, e) => sum + e.points, 0);

const isExpired = (lot: Lot, now: Date) => lot.expiresAt !== null && Date.parse(lot.expiresAt) <= now.getTime();

/** What is spendable now: the lots not yet expired (expiries not written yet are already gone). */
export function available(entries: readonly LedgerEntry[], now: Date): number {
  return lots(entries)
    .filter((l) => !isExpired(l, now))
    .reduce((sum, l) => sum + Math.max(0, l.remaining), 0);
}

/** The expiry entries due at `now`: each expired lot loses what is left of it, nothing more. */
export function planExpiries(entries: readonly LedgerEntry[], now: Date): { lotId: string; points: number }[] {
  return lots(entries)
    .filter((l) => isExpired(l, now) && l.remaining > 0)
    .map((l) => ({ lotId: l.lotId, points: -l.remaining }));
}

/**
 * The draws of a spend of `points` at `now` (soonest expiry first, expired lots skipped), or null
 * when there is not enough. Plan the due expiries first: they are not spendable.
 */
export function planSpend(entries: readonly LedgerEntry[], points: number, now: Date): Draw[] | null {
  if (!Number.isInteger(points) || points <= 0) return null;
  const draws: Draw[] = [];
  let left = points;
  for (const lot of lots(entries)) {
    if (left === 0) break;
    if (isExpired(lot, now) || lot.remaining <= 0) continue;
    const take = Math.min(lot.remaining, left);
    draws.push({ lotId: lot.lotId, points: take });
    left -= take;
  }
  return left === 0 ? draws : null;
}

export type PlannedReversal = { points: number; lotId: string | null; draws: Draw[] | null };

/**
 * The entry that reverses `target`: an earn loses what is left of its lot (what was already spent
 * stays spent, so the balance never goes below zero); a spend gives its draws back. Null when the
 * entry does not exist, is not reversible (expiries, reversals) or was reversed already.
 */
export function planReversal(entries: readonly LedgerEntry[], targetId: string): PlannedReversal | null {
  const target = entries.find((e) => e.id === targetId);
  if (!target || (target.kind !== 'earn' && target.kind !== 'spend')) return null;
  if (entries.some((e) => e.kind === 'reverse' && e.reverses === targetId)) return null;
  if (target.kind === 'earn') {
    const lot = lots(entries).find((l) => l.lotId === target.id)!;
    return { points: -Math.max(0, lot.remaining), lotId: target.id, draws: null };
  }
  return { points: -target.points, lotId: null, draws: (target.draws ?? []).map((d) => ({ ...d })) };
}

/**
 * Part of an earn taken back (a payment refunded in part): at most what is left of its lot, like a full
 * reversal. It is not the earn's reversal (`reverses` stays empty), so a later full refund still
 * reverses the earn and takes what is left after this. Null when nothing is left to take.
 */
export function planPartialReversal(
  entries: readonly LedgerEntry[],
  earnId: string,
  points: number,
): { points: number; lotId: string } | null {
  const target = entries.find((e) => e.id === earnId);
  if (target?.kind !== 'earn' || !Number.isInteger(points) || points <= 0) return null;
  if (entries.some((e) => e.kind === 'reverse' && e.reverses === earnId)) return null;
  const lot = lots(entries).find((l) => l.lotId === earnId)!;
  const take = Math.min(points, Math.max(0, lot.remaining));
  return take > 0 ? { points: -take, lotId: earnId } : null;
}

/** The lots that will expire, soonest first, with what is left of each (for "200 points expire on 30 June"). */
export function expiringLots(entries: readonly LedgerEntry[], now: Date): { points: number; expiresAt: string }[] {
  return lots(entries)
    .filter((l) => l.expiresAt !== null && !isExpired(l, now) && l.remaining > 0)
    .map((l) => ({ points: l.remaining, expiresAt: l.expiresAt! }));
}
