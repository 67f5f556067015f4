/**
 * When a deferred line comes back: "next week", "in a month", "in 3 months" (seed 002: brake pads at
 * 25 % → check again in about 3 months), always at 10:00 in the center's time zone.
 */
import { addDays, zonedDate, zonedTimeToUtc } from '../time.ts';

export const DEFER_CHOICES = ['next_week', 'one_month', 'three_months'] as const;
export type DeferChoice = (typeof DEFER_CHOICES)[number];

const DAYS: Record<DeferChoice, number> = { next_week: 7, one_month: 30, three_months: 91 };
const AT_MINUTES = 10 * 60;

export function deferAt(choice: DeferChoice, now: Date, timeZone: string): string {
  return zonedTimeToUtc(addDays(zonedDate(now, timeZone), DAYS[choice]), AT_MINUTES, timeZone).toISOString();
}

/** A deferral this close becomes a proposed booking; later ones become a reminder. */
export const BOOKING_HORIZON_DAYS = 14;

export function deferralKind(dueAt: string, now: Date): 'booking' | 'reminder' {
  return Date.parse(dueAt) - now.getTime() <= BOOKING_HORIZON_DAYS * 86_400_000 ? 'booking' : 'reminder';
}
