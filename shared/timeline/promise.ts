/**
 * The promised-ready time (seed 000's "safety pad": actual estimate × 1.3).
 *
 * Rounding rule, in two steps, both always UP so the promise is never tighter than the buffer:
 *   1. the buffered duration (estimate × 1.3) is rounded up to a whole quarter hour — this is what
 *      the seed does by hand ("normally 1 hour; I'll reserve 1.5 hours for you": 60 × 1.3 = 78 → 90);
 *   2. the resulting clock time is rounded up to the next 5-minute mark, so the customer reads
 *      "15:40", never "15:37". Marks are taken on the UTC epoch, which equals the wall-clock mark in
 *      every zone whose offset is a multiple of 5 minutes (all current IANA zones, Asia/Shanghai too).
 * Pure integer arithmetic on minutes and milliseconds: no floating-point drift.
 */
import { formatTime, MINUTE, zonedDate } from '../time.ts';

export const BUFFER_NUMERATOR = 13;
export const BUFFER_DENOMINATOR = 10;
/** The buffer the seeds use: promised = estimate × 1.3. */
export const BUFFER_FACTOR = BUFFER_NUMERATOR / BUFFER_DENOMINATOR;
export const DURATION_STEP_MINUTES = 15;
export const CLOCK_STEP_MINUTES = 5;

const ceilDiv = (a: number, b: number) => Math.floor((a + b - 1) / b);

/** The technician's estimate with the buffer, rounded up to a quarter hour (60 → 90, 90 → 120). */
export function bufferedMinutes(estimateMinutes: number): number {
  if (!Number.isInteger(estimateMinutes) || estimateMinutes <= 0)
    throw new RangeError('estimate must be a positive whole number of minutes');
  const step = BUFFER_DENOMINATOR * DURATION_STEP_MINUTES;
  return ceilDiv(estimateMinutes * BUFFER_NUMERATOR, step) * DURATION_STEP_MINUTES;
}

/** Rounds an instant up to the next 5-minute mark (an instant already on a mark stays). */
export function ceilToClockStep(at: Date): Date {
  const step = CLOCK_STEP_MINUTES * MINUTE;
  return new Date(ceilDiv(at.getTime(), step) * step);
}

/** The time promised to the customer when the technician estimates `estimateMinutes` of work from `from`. */
export function promisedReadyAt(from: Date, estimateMinutes: number): Date {
  return ceilToClockStep(new Date(from.getTime() + bufferedMinutes(estimateMinutes) * MINUTE));
}

/** Whole minutes a finish at `doneAt` beat the promise by (0 when it did not). */
export function minutesEarly(promised: Date, doneAt: Date): number {
  return Math.max(0, Math.floor((promised.getTime() - doneAt.getTime()) / MINUTE));
}

/** Whole minutes a new promise is later than the previous one (0 when it is not later). */
export function minutesLater(previous: Date, next: Date): number {
  return Math.max(0, Math.ceil((next.getTime() - previous.getTime()) / MINUTE));
}

/**
 * How a promised time reads in the center's zone: the clock time and how many calendar days after
 * `now` it falls (0 today, 1 tomorrow…), so screens can say "今天 15:40" / "明天 09:00".
 */
export function promiseDisplay(readyAtIso: string, now: Date, timeZone: string, locale: string) {
  const readyDate = zonedDate(new Date(readyAtIso), timeZone);
  const today = zonedDate(now, timeZone);
  const dayOffset = Math.round((Date.parse(readyDate) - Date.parse(today)) / (24 * 60 * MINUTE));
  return { time: formatTime(readyAtIso, timeZone, locale), date: readyDate, dayOffset };
}
