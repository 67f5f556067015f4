/**
 * Quiet hours in the center's time zone ("22:00"–"08:00" by default; a window may cross midnight).
 * quietUntil() answers when a notice that wants out at `at` may be delivered: null when now is fine.
 */
import { MINUTE, zonedDate, zonedParts, zonedTimeToUtc, addDays } from '../time.ts';

export const DEFAULT_QUIET_FROM = '22:00';
export const DEFAULT_QUIET_TO = '08:00';

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

export function quietUntil(at: Date, from: string, to: string, timeZone: string): Date | null {
  const start = minutesOf(from);
  const end = minutesOf(to);
  if (start === end) return null; // an empty window: never quiet
  const p = zonedParts(at, timeZone);
  const now = p.hour * 60 + p.minute;
  const today = zonedDate(at, timeZone);
  const crosses = start > end;
  const inside = crosses ? now >= start || now < end : now >= start && now < end;
  if (!inside) return null;
  // The window ends today, unless it started today and crosses midnight.
  const endDay = crosses && now >= start ? addDays(today, 1) : today;
  const release = zonedTimeToUtc(endDay, end, timeZone);
  return release.getTime() > at.getTime() ? release : new Date(at.getTime() + MINUTE);
}
