/**
 * Dates the calendar has: `2026-02-30` passes a YYYY-MM-DD pattern but no database stores it, and the
 * years 0000 and 9999 are typing accidents, not bookings. Years are held to 1900-2199.
 */
import * as v from 'valibot';

export const YEAR_MIN = 1900;
export const YEAR_MAX = 2199;

/** Whether `YYYY-MM-DD` (the start of a date or timestamp string) is a real day in a sane year. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < YEAR_MIN || y > YEAR_MAX || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

export const calendarDate = () =>
  v.pipe(
    v.string(),
    v.isoDate('must be a YYYY-MM-DD date'),
    v.check(isCalendarDate, `must be a real date between ${YEAR_MIN} and ${YEAR_MAX}`),
  );

export const calendarTimestamp = () =>
  v.pipe(
    v.string(),
    v.isoTimestamp('must be an ISO timestamp'),
    v.check(isCalendarDate, `must be a real date between ${YEAR_MIN} and ${YEAR_MAX}`),
  );
