import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../center/center.schema.ts';
import { addDays, formatTime } from '../time.ts';
import type { DaySlots } from './slot.schema.ts';
import { habitOf, recommendSlots } from './recommend.ts';
import { daySlots, planDay, weekdayOf } from './slots.ts';

const TZ = 'Asia/Shanghai';
const DAILY = { open: 8 * 60 + 30, close: 18 * 60 };
const WEEK: OpeningHours = [DAILY, DAILY, DAILY, DAILY, DAILY, DAILY, DAILY];
const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);

function window(
  from: string,
  n: number,
  busy: (date: string) => { bay: number; startsAt: Date; endsAt: Date }[] = () => [],
): DaySlots[] {
  return Array.from({ length: n }, (_, i) => {
    const date = addDays(from, i);
    const plan = planDay(date, 4, WEEK, []);
    return {
      date,
      closed: plan.closed,
      note: plan.note,
      slots: daySlots({ plan, timeZone: TZ, bookings: busy(date), durationMinutes: 90 }),
    };
  });
}

describe('habitOf', () => {
  it('finds Saturday mornings in a history of Saturday-morning visits', () => {
    const visits = ['2025-11-29', '2026-03-14', '2026-07-11'].map((d) => at(d, '09:40'));
    visits.push(at('2026-05-20', '15:00')); // one Wednesday afternoon does not break the habit
    expect(habitOf(visits, TZ)).toMatchObject({ weekday: 6, part: 'morning', visits: 3, total: 4 });
  });

  it('claims no habit from one visit or scattered ones', () => {
    expect(habitOf([at('2026-03-14', '09:00')], TZ)).toBeNull();
    expect(habitOf([at('2026-03-14', '09:00'), at('2026-03-18', '15:00'), at('2026-03-20', '17:30')], TZ)).toBeNull();
  });
});

describe('recommendSlots', () => {
  const habit = { weekday: 6, part: 'morning' as const, visits: 3, total: 3 };

  it('puts a Saturday morning first for a Saturday-morning customer and says why', () => {
    const days = window('2026-11-23', 14); // Monday to Sunday a week later
    const recs = recommendSlots(days, habit, TZ);
    const first = recs.find((r) => r.reason.habit)!;
    const p = new Date(first.startsAt);
    expect(weekdayOf(p.toLocaleDateString('sv-SE', { timeZone: TZ }))).toBe(6);
    expect(Number(formatTime(first.startsAt, TZ, 'en-GB').slice(0, 2))).toBeLessThan(12);
    expect(first.reason.habit).toEqual({ weekday: 6, part: 'morning' });
    expect(recs.some((r) => r.reason.soonest)).toBe(true);
  });

  it('prefers the least crowded Saturday morning and marks it quiet', () => {
    const busy = (date: string) =>
      date === '2026-11-28'
        ? [1, 2, 3].map((bay) => ({ bay, startsAt: at(date, '08:30'), endsAt: at(date, '12:00') }))
        : [];
    const recs = recommendSlots(window('2026-11-23', 14, busy), habit, TZ);
    const best = recs.find((r) => r.reason.habit && r.reason.quiet)!;
    expect(best.startsAt.slice(0, 10)).toBe('2026-12-05'); // the emptier Saturday
    expect(best.reason).toMatchObject({ habit: { weekday: 6, part: 'morning' }, quiet: true });
  });

  it('falls back to another time when every Saturday morning is full, without claiming the habit', () => {
    const full = (date: string) =>
      weekdayOf(date) === 6
        ? [1, 2, 3, 4].map((bay) => ({ bay, startsAt: at(date, '08:30'), endsAt: at(date, '13:00') }))
        : [];
    const recs = recommendSlots(window('2026-11-23', 14, full), habit, TZ);
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.every((r) => r.reason.habit === null)).toBe(true);
  });

  it('without a habit recommends the quiet and the soonest times', () => {
    const recs = recommendSlots(window('2026-11-23', 3), null, TZ);
    expect(recs).toHaveLength(3);
    expect(recs.some((r) => r.reason.soonest)).toBe(true);
    expect(recs.every((r) => r.reason.habit === null)).toBe(true);
  });

  it('lists the recommended slots in time order, the soonest first', () => {
    for (const h of [habit, null]) {
      const recs = recommendSlots(window('2026-11-23', 14), h, TZ);
      expect(recs.length).toBeGreaterThan(1);
      const starts = recs.map((r) => r.startsAt);
      expect(starts).toEqual([...starts].sort());
      expect(recs[0]!.reason.soonest).toBe(true);
    }
  });
});
