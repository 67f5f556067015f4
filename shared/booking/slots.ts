/**
 * Free slots from real capacity (capability 2 of the product: booking against real capacity), pure so the server, the bench and the
 * tests run the same rule.
 *
 * A day's capacity is the center's bays × its opening hours for that weekday, changed by the
 * exceptions staff publish (closed: no slots; hours: other opening hours; bay_out: a bay out of
 * service for the whole day or part of it). A booking holds one bay for the service's duration.
 * A slot starts every SLOT_STEP_MINUTES from opening and must end by closing; its `free` count is
 * the number of bays with nothing (booking or outage) overlapping the whole service. The bay a new
 * booking gets is the lowest free one (pickBay), so the staff plan per bay is stable.
 *
 * This only COMPUTES. The no-overbooking guarantee is the server's: it locks the center's day row
 * before it reads the bookings and picks a bay (server/booking/capacity.service.ts).
 *
 * Minutes count from the center's local midnight (wall clock); instants are UTC.
 */
import type { OpeningHours } from '../center/center.schema.ts';
import { MINUTE, zonedParts, zonedTimeToUtc, zoneOffsetMinutes } from '../time.ts';
import type { PartOfDay, Slot } from './slot.schema.ts';
import type { CapacityException } from './staff-booking.schema.ts';

export const SLOT_STEP_MINUTES = 30;
/** A slot must start at least this long after now (the center needs time to prepare). */
export const MIN_LEAD_MINUTES = 60;
/** How far ahead one may book (a next visit "in 6 months" must fit). */
export const BOOKING_HORIZON_DAYS = 200;

export type Block = { bay: number; from: number; to: number };

export type DayPlan = {
  date: string;
  closed: boolean;
  open: number;
  close: number;
  bays: number;
  /** Bays out of service (from published exceptions). */
  outages: Block[];
  note: string | null;
};

export type Occupied = { bay: number; startsAt: Date | string; endsAt: Date | string };

type ExceptionLike = Pick<CapacityException, 'kind' | 'bay' | 'fromMinute' | 'toMinute' | 'reason'>;

export const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

export function partOfDay(minute: number): PartOfDay {
  if (minute < 12 * 60) return 'morning';
  if (minute < 17 * 60) return 'afternoon';
  return 'evening';
}

/** The day's capacity: the weekly hours and bays with the exceptions applied. */
export function planDay(
  date: string,
  bays: number,
  weekly: OpeningHours,
  exceptions: readonly ExceptionLike[],
): DayPlan {
  const hours = weekly[weekdayOf(date)] ?? null;
  const special = exceptions.find((e) => e.kind === 'hours');
  const closedBy = exceptions.find((e) => e.kind === 'closed');
  const open = special?.fromMinute ?? hours?.open ?? 0;
  const close = special?.toMinute ?? hours?.close ?? 0;
  const outages = exceptions
    .filter((e) => e.kind === 'bay_out' && e.bay !== null && e.bay <= bays)
    .map((e) => ({ bay: e.bay!, from: e.fromMinute ?? 0, to: e.toMinute ?? 1440 }));
  const closed = Boolean(closedBy) || (!special && !hours) || close <= open;
  const note = closedBy?.reason ?? special?.reason ?? exceptions.find((e) => e.kind === 'bay_out')?.reason ?? null;
  return { date, closed, open, close, bays, outages, note };
}

/**
 * Converts between instants and wall-clock minutes of one local day. Uses the day's single UTC
 * offset when the zone keeps one all day (Asia/Shanghai always does), which avoids building an
 * Intl formatter per call; a day with a DST change takes the exact (slower) path.
 */
export function dayClock(date: string, timeZone: string) {
  const midnight = zonedTimeToUtc(date, 0, timeZone);
  const offset = zoneOffsetMinutes(midnight, timeZone);
  const steady = zoneOffsetMinutes(new Date(midnight.getTime() + 23 * 60 * MINUTE), timeZone) === offset;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const base = Date.UTC(y, m - 1, d) - offset * MINUTE;
  return {
    toInstant: (minute: number) => (steady ? new Date(base + minute * MINUTE) : zonedTimeToUtc(date, minute, timeZone)),
    toMinute: (at: Date) => {
      if (steady) return Math.round((at.getTime() - base) / MINUTE);
      const p = zonedParts(at, timeZone);
      const sameDay = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}` === date;
      return sameDay ? p.hour * 60 + p.minute : Math.round((at.getTime() - midnight.getTime()) / MINUTE);
    },
  };
}

/** The bays taken by bookings, as wall-clock blocks of the day. */
export function bookingBlocks(clock: ReturnType<typeof dayClock>, bookings: readonly Occupied[]): Block[] {
  return bookings.map((b) => ({
    bay: b.bay,
    from: clock.toMinute(new Date(b.startsAt)),
    to: clock.toMinute(new Date(b.endsAt)),
  }));
}

const overlaps = (b: Block, from: number, to: number) => b.from < to && from < b.to;

/** Bays (1-based, ascending) with nothing overlapping [from, to). */
export function freeBays(plan: DayPlan, taken: readonly Block[], from: number, to: number): number[] {
  if (plan.closed || from < plan.open || to > plan.close) return [];
  const busy = new Set<number>();
  for (const b of plan.outages) if (overlaps(b, from, to)) busy.add(b.bay);
  for (const b of taken) if (overlaps(b, from, to)) busy.add(b.bay);
  const free: number[] = [];
  for (let bay = 1; bay <= plan.bays; bay++) if (!busy.has(bay)) free.push(bay);
  return free;
}

/** The bay a booking of [from, to) gets: the lowest free one, or null when the slot is full. */
export function pickBay(plan: DayPlan, taken: readonly Block[], from: number, to: number): number | null {
  return freeBays(plan, taken, from, to)[0] ?? null;
}

/** Whether a start minute is on the slot grid of the day. */
export const onGrid = (plan: DayPlan, minute: number) =>
  minute >= plan.open && (minute - plan.open) % SLOT_STEP_MINUTES === 0;

export type DaySlotsInput = {
  plan: DayPlan;
  timeZone: string;
  bookings: readonly Occupied[];
  durationMinutes: number;
  /** Slots starting before this instant are left out (now + MIN_LEAD_MINUTES). */
  notBefore?: Date;
};

/** Every slot of the day for a service, full ones included (free = 0), in time order. */
export function daySlots(input: DaySlotsInput): Slot[] {
  const { plan, durationMinutes } = input;
  if (plan.closed) return [];
  const clock = dayClock(plan.date, input.timeZone);
  const taken = bookingBlocks(clock, input.bookings);
  const slots: Slot[] = [];
  for (let from = plan.open; from + durationMinutes <= plan.close; from += SLOT_STEP_MINUTES) {
    const startsAt = clock.toInstant(from);
    if (input.notBefore && startsAt < input.notBefore) continue;
    const to = from + durationMinutes;
    const inService = plan.bays - new Set(plan.outages.filter((b) => overlaps(b, from, to)).map((b) => b.bay)).size;
    slots.push({
      startsAt: startsAt.toISOString(),
      endsAt: clock.toInstant(to).toISOString(),
      free: freeBays(plan, taken, from, to).length,
      capacity: inService,
    });
  }
  return slots;
}

/** The n free slots nearest in time to the wanted start (the answer to "slot taken"). */
export function nearestSlots(slots: readonly Slot[], wanted: Date, n = 4): Slot[] {
  const t = wanted.getTime();
  return slots
    .filter((s) => s.free > 0)
    .map((s) => ({ s, d: Math.abs(new Date(s.startsAt).getTime() - t) }))
    .sort((a, b) => a.d - b.d || a.s.startsAt.localeCompare(b.s.startsAt))
    .slice(0, n)
    .map((x) => x.s)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
