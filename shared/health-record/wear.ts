/**
 * Wear projection: when will a component reach its limit, at this car's own pace?
 *
 * 1. The series of one component (a tyre, an axle's pads) is sorted by date. A reading clearly higher
 *    than the one before (more than RESTART_RISE) means a new part was fitted: the series restarts there.
 * 2. Wear per km is the least-squares slope of value over mileage in the current series (≥ 2 readings).
 * 3. From the last reading, km left = (value − limit) / wear per km; the date comes from the car's
 *    driving pace (km per day, the least-squares slope of mileage over time across all its visits).
 * 4. Uncertainty: with two readings the rate is taken as ±35 %; with more, the slope's standard error
 *    (at least ±10 %). The earliest/latest dates come from the fastest/slowest plausible rate.
 * Limits: tread 1.6 mm (legal minimum), brake pads 3 mm (recommended replacement), battery health 70 %.
 * Nothing here is typed by staff: it is all computed from readings.
 */
import { DAY } from '../time.ts';
import type { MeasureKind } from './record-codes.schema.ts';

export const LIMITS: Record<MeasureKind, number> = { tread_mm: 1.6, brake_pad_mm: 3, battery_pct: 70 };
export const BRAKE_PAD_NEW_MM = 10;
export const BRAKE_PAD_WORN_MM = 2;
/** A rise larger than this from one reading to the next means the part was replaced. */
export const RESTART_RISE: Record<MeasureKind, number> = { tread_mm: 0.5, brake_pad_mm: 0.5, battery_pct: 5 };
export const TWO_READING_UNCERTAINTY = 0.35;
const MIN_UNCERTAINTY = 0.1;
const MAX_UNCERTAINTY = 0.9;

export type WearPoint = { value: number; mileageKm: number; measuredAt: string };
export type PacePoint = { mileageKm: number; at: string };
export type DrivingPace = { kmPerDay: number; days: number; points: number };
export type Confidence = 'low' | 'medium' | 'high';

type Base = { kind: MeasureKind; limit: number; last: WearPoint; series: WearPoint[]; restartedAt: string | null };
export type WearProjection =
  | (Base & { status: 'too_few' })
  | (Base & { status: 'limit_reached' })
  | (Base & { status: 'no_wear' })
  | (Base & {
      status: 'projected';
      /** Wear per 1,000 km in the component's unit. */
      ratePer1000Km: number;
      /** Odometer reading at which the limit is reached. */
      limitAtKm: number;
      /** Km left from now (estimated odometer today), never negative. */
      kmLeft: number;
      paceKmPerDay: number | null;
      /** YYYY-MM-DD (UTC) when the limit is reached at this pace; null without a pace. */
      limitDate: string | null;
      daysLeft: number | null;
      earliestDate: string | null;
      latestDate: string | null;
      confidence: Confidence;
    });

const days = (fromIso: string, toIso: string) => (Date.parse(toIso) - Date.parse(fromIso)) / DAY;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Least squares y = a + b·x; `se` is the standard error of b (NaN with fewer than 3 points). */
export function linearFit(xs: number[], ys: number[]) {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - mx) ** 2;
    sxy += (xs[i]! - mx) * (ys[i]! - my);
  }
  const slope = sxx === 0 ? Number.NaN : sxy / sxx;
  const intercept = my - slope * mx;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (ys[i]! - (intercept + slope * xs[i]!)) ** 2;
  const se = n > 2 && sxx > 0 ? Math.sqrt(sse / (n - 2) / sxx) : Number.NaN;
  return { slope, intercept, se };
}

/** Km per day from the car's dated odometer readings; null with under 2 dates or 14 days, or no driving. */
export function drivingPace(points: readonly PacePoint[]): DrivingPace | null {
  if (points.length < 2) return null;
  const t0 = Math.min(...points.map((p) => Date.parse(p.at)));
  const xs = points.map((p) => (Date.parse(p.at) - t0) / DAY);
  const span = Math.max(...xs);
  if (span < 14) return null;
  const { slope } = linearFit(
    xs,
    points.map((p) => p.mileageKm),
  );
  if (!(slope > 0)) return null;
  return { kmPerDay: slope, days: Math.round(span), points: points.length };
}

/** The readings since the part now fitted was new (after the last clear rise). */
export function currentSeries(kind: MeasureKind, readings: readonly WearPoint[]) {
  const sorted = [...readings].sort((a, b) => a.measuredAt.localeCompare(b.measuredAt) || a.mileageKm - b.mileageKm);
  let start = 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.value - sorted[i - 1]!.value > RESTART_RISE[kind]) start = i;
  return { series: sorted.slice(start), restartedAt: start > 0 ? sorted[start]!.measuredAt : null };
}

/**
 * The readings cut into one segment per part fitted: a chart draws each on its own, so a new pad
 * (6.3 → 10 mm) reads as a replacement, not as the part growing.
 */
export function wearSegments<T extends WearPoint>(kind: MeasureKind, readings: readonly T[]): T[][] {
  const sorted = [...readings].sort((a, b) => a.measuredAt.localeCompare(b.measuredAt) || a.mileageKm - b.mileageKm);
  const out: T[][] = [];
  for (const [i, r] of sorted.entries()) {
    if (i === 0 || r.value - sorted[i - 1]!.value > RESTART_RISE[kind]) out.push([r]);
    else out[out.length - 1]!.push(r);
  }
  return out;
}

export function projectWear(input: {
  kind: MeasureKind;
  readings: readonly WearPoint[];
  /** The car's pace (drivingPace of all its visits); when null, the series' own dates are used. */
  pace: DrivingPace | null;
  now: string;
}): WearProjection | null {
  const { kind, now } = input;
  if (input.readings.length === 0) return null;
  const { series, restartedAt } = currentSeries(kind, input.readings);
  const last = series[series.length - 1]!;
  const limit = LIMITS[kind];
  const base = { kind, limit, last, series, restartedAt };
  if (last.value <= limit) return { ...base, status: 'limit_reached' };
  if (series.length < 2 || new Set(series.map((p) => p.mileageKm)).size < 2) return { ...base, status: 'too_few' };

  const fit = linearFit(
    series.map((p) => p.mileageKm),
    series.map((p) => p.value),
  );
  const wearPerKm = -fit.slope;
  if (!(wearPerKm > 0)) return { ...base, status: 'no_wear' };
  const rel =
    series.length === 2
      ? TWO_READING_UNCERTAINTY
      : Math.min(MAX_UNCERTAINTY, Math.max(MIN_UNCERTAINTY, (Number.isNaN(fit.se) ? 0 : fit.se) / wearPerKm));
  const confidence: Confidence = series.length === 2 || rel > 0.3 ? 'low' : rel > 0.15 ? 'medium' : 'high';

  const kmFromLast = (last.value - limit) / wearPerKm;
  const limitAtKm = Math.round(last.mileageKm + kmFromLast);
  const pace = input.pace ?? drivingPace(series.map((p) => ({ mileageKm: p.mileageKm, at: p.measuredAt })));
  const sinceLast = Math.max(0, days(last.measuredAt, now));
  const kmPerDay = pace?.kmPerDay ?? null;
  const drivenSince = kmPerDay === null ? 0 : kmPerDay * sinceLast;
  const kmLeft = Math.max(0, Math.round(kmFromLast - drivenSince));
  const dateAt = (km: number) =>
    kmPerDay === null ? null : isoDate(Date.parse(last.measuredAt) + (km / kmPerDay) * DAY);
  const limitDate = dateAt(kmFromLast);
  return {
    ...base,
    status: 'projected',
    ratePer1000Km: wearPerKm * 1000,
    limitAtKm,
    kmLeft,
    paceKmPerDay: kmPerDay,
    limitDate,
    daysLeft: limitDate === null ? null : Math.round(days(now.slice(0, 10), limitDate)),
    earliestDate: dateAt(kmFromLast / (1 + rel)),
    latestDate: dateAt(kmFromLast / (1 - rel)),
    confidence,
  };
}

/** "about N weeks/months" for words: days under 14, weeks under 8, then months. */
export function roughDuration(daysLeft: number): { n: number; unit: 'day' | 'week' | 'month' } {
  const d = Math.max(0, Math.round(daysLeft));
  if (d < 14) return { n: d, unit: 'day' };
  if (d < 56) return { n: Math.round(d / 7), unit: 'week' };
  return { n: Math.max(2, Math.round(d / 30.44)), unit: 'month' };
}
