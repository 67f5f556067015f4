/** Booking's words and times: reasons, durations and times in the center's zone. */
import type { RecommendationReason } from '@shared/booking/slot.schema.ts';
import { centerZone } from '../app/center.ts';
import { intlLocale, type useT } from '../i18n/i18n.ts';

type T = ReturnType<typeof useT>;

/** "您通常周六上午来，这个时段等待最少" from the structured reason. */
export function reasonText(t: T, r: RecommendationReason | null | undefined): string | null {
  if (!r) return null;
  if (r.habit) {
    const words = {
      weekday: t(`booking.weekday.d${r.habit.weekday}` as 'booking.weekday.d6'),
      part: t(`booking.part.${r.habit.part}` as 'booking.part.morning'),
    };
    return r.quiet ? t('booking.reason.habitQuiet', words) : t('booking.reason.habit', words);
  }
  if (r.quiet) return t('booking.reason.quiet');
  if (r.soonest) return t('booking.reason.soonest');
  return null;
}

export const durationText = (t: T, minutes: number) =>
  minutes >= 60 && minutes % 30 === 0 ? t('booking.hours', { n: minutes / 60 }) : t('booking.minutes', { n: minutes });

const fmt = (options: Intl.DateTimeFormatOptions) => (iso: string) =>
  new Intl.DateTimeFormat(intlLocale(), { timeZone: centerZone(), hourCycle: 'h23', ...options }).format(new Date(iso));

/** "11月28日周六 10:00" / "Sat 28 Nov, 10:00" */
export const whenText = (iso: string) =>
  fmt({ month: 'short', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' })(iso);
/** "11月28日周六" */
export const dayText = (iso: string) => fmt({ month: 'short', day: 'numeric', weekday: 'short' })(iso);
/** "10:00" */
export const timeText = (iso: string) => fmt({ hour: '2-digit', minute: '2-digit' })(iso);
/** A calendar date of the center ("2026-11-28") as a short day label, without shifting it. */
export const dateLabel = (date: string) =>
  new Intl.DateTimeFormat(intlLocale(), { timeZone: 'UTC', month: 'numeric', day: 'numeric', weekday: 'short' }).format(
    new Date(`${date}T12:00:00Z`),
  );
