/**
 * Tier rules, pure: which tier a rolling spend reaches, how much is left to the next one, and when a
 * lot earned today expires. The server and the screens compute the same answer from the same settings.
 */
import { zonedDate, zonedTimeToUtc } from '../time.ts';
import type { MembershipSettings, Tier } from './settings.schema.ts';

export type TierStanding = {
  tier: Tier;
  next: Tier | null;
  /** Fen still to spend to reach the next tier (0 at the top). */
  toNextFen: number;
  /** 0..100: how far from this tier's threshold to the next one. */
  progressPct: number;
};

export function standingFor(spendFen: number, settings: MembershipSettings): TierStanding {
  const tiers = settings.tiers;
  let i = 0;
  for (let k = 0; k < tiers.length; k++) if (spendFen >= tiers[k]!.thresholdFen) i = k;
  const tier = tiers[i]!;
  const next = tiers[i + 1] ?? null;
  if (!next) return { tier, next: null, toNextFen: 0, progressPct: 100 };
  const span = next.thresholdFen - tier.thresholdFen;
  const done = Math.max(0, spendFen - tier.thresholdFen);
  return {
    tier,
    next,
    toNextFen: next.thresholdFen - spendFen,
    progressPct: Math.min(100, Math.floor((done * 100) / span)),
  };
}

/** The start of the rolling window: the same local date `months` months back. */
export function windowStart(now: Date, months: number, timeZone: string): Date {
  const [y, m, d] = zonedDate(now, timeZone).split('-').map(Number) as [number, number, number];
  const back = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(back.getUTCFullYear(), back.getUTCMonth() + 1, 0)).getUTCDate();
  const date = `${back.getUTCFullYear()}-${String(back.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
  return zonedTimeToUtc(date, 0, timeZone);
}

/** A lot earned at `at` expires at the end of the local month `lifeMonths` later (one moment before the next month). */
export function lotExpiry(at: Date, lifeMonths: number, timeZone: string): Date {
  const [y, m] = zonedDate(at, timeZone).split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1 + lifeMonths + 1, 1));
  const date = `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}-01`;
  return new Date(zonedTimeToUtc(date, 0, timeZone).getTime() - 1000);
}

/** Points a payment earns. */
export const pointsForPayment = (paidFen: number, settings: MembershipSettings) =>
  Math.floor(paidFen / settings.fenPerPoint);
