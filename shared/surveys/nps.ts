/**
 * Net Promoter Score (seed 003): promoters answer 9-10, passives 7-8, detractors 0-6.
 * NPS = % promoters − % detractors, a whole number from −100 to 100. Passives count in the
 * total but in neither band, which is why the score is not "promoters + passives".
 */

export type NpsBand = 'promoter' | 'passive' | 'detractor';

export const NPS_MIN = 0;
export const NPS_MAX = 10;
/** A score at or below this opens a recovery case (the 24-hour rescue rule). */
export const DETRACTOR_MAX = 6;
export const PROMOTER_MIN = 9;

export function npsBand(score: number): NpsBand {
  if (!Number.isInteger(score) || score < NPS_MIN || score > NPS_MAX) throw new RangeError(`NPS score ${score}`);
  if (score >= PROMOTER_MIN) return 'promoter';
  if (score <= DETRACTOR_MAX) return 'detractor';
  return 'passive';
}

export type NpsCounts = { promoters: number; passives: number; detractors: number; total: number };

export function npsCounts(scores: readonly number[]): NpsCounts {
  const c = { promoters: 0, passives: 0, detractors: 0, total: scores.length };
  for (const s of scores) {
    const band = npsBand(s);
    if (band === 'promoter') c.promoters++;
    else if (band === 'passive') c.passives++;
    else c.detractors++;
  }
  return c;
}

/** From band shares in percent (as seed 003's exercise states them). */
export const npsFromPercents = (promoterPct: number, detractorPct: number) => Math.round(promoterPct - detractorPct);

/** From counts; null when nobody answered (an NPS of 0 would claim a balance nobody gave). */
export function npsFromCounts(c: Pick<NpsCounts, 'promoters' | 'detractors' | 'total'>): number | null {
  if (c.total === 0) return null;
  return Math.round(((c.promoters - c.detractors) * 100) / c.total);
}

export const nps = (scores: readonly number[]) => npsFromCounts(npsCounts(scores));
