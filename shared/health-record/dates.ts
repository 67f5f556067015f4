/** Calendar arithmetic on "YYYY-MM-DD" dates (UTC calendar, no zone: callers pass center-zone dates). */
import { DAY } from '../time.ts';

/** Same day n months later, clamped to the month's end (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole days from a to b (b later → positive). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}

/** The last day covered by a warranty of `months` starting on `start` (12 months from 2026-03-10 → 2027-03-09). */
export function warrantyEnd(start: string, months: number): string {
  const end = addMonths(start, months);
  return new Date(Date.parse(`${end}T00:00:00Z`) - DAY).toISOString().slice(0, 10);
}
