/**
 * Recommended slots (seed 003: "根据您以往的习惯，为您推荐周六上午10点，这个时段人流较少，等待时间最短").
 *
 * The habit is the weekday and part of day (morning / afternoon / evening) of the customer's past
 * visits, when at least two visits and half of them share it. Each free slot in the window is
 * scored: matching the habit weighs most, then how empty the slot is and how empty its part of the
 * day is (least crowded = least waiting), then how soon it is. The best slot is picked first; the next
 * ones are taken from other days or parts of day so the customer gets a real choice, and the
 * earliest free slot is always offered. The picks are listed in time order; each carries its reason as
 * data and the web puts it in words.
 */
import type { DaySlots, PartOfDay, Recommendation, Slot } from './slot.schema.ts';
import { dayClock, partOfDay, weekdayOf } from './slots.ts';
import { zonedParts } from '../time.ts';

export type Habit = { weekday: number; part: PartOfDay; visits: number; total: number };

export function habitOf(visits: readonly (Date | string)[], timeZone: string): Habit | null {
  const counts = new Map<string, number>();
  for (const v of visits) {
    const p = zonedParts(new Date(v), timeZone);
    const key = `${p.weekday}:${partOfDay(p.hour * 60 + p.minute)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < 2 || best[1] * 2 < visits.length) return null;
  const [weekday, part] = best[0].split(':') as [string, PartOfDay];
  return { weekday: Number(weekday), part, visits: best[1], total: visits.length };
}

type Candidate = {
  slot: Slot;
  date: string;
  weekday: number;
  part: PartOfDay;
  load: number;
  partLoad: number;
  index: number;
};

const loadOf = (s: Slot) => (s.capacity > 0 ? 1 - s.free / s.capacity : 1);

export function recommendSlots(
  days: readonly DaySlots[],
  habit: Habit | null,
  timeZone: string,
  count = 3,
): Recommendation[] {
  const candidates: Candidate[] = [];
  days.forEach((day, index) => {
    const clock = dayClock(day.date, timeZone);
    const parts = new Map<PartOfDay, number[]>();
    const rows = day.slots.map((slot) => {
      const part = partOfDay(clock.toMinute(new Date(slot.startsAt)));
      parts.set(part, [...(parts.get(part) ?? []), loadOf(slot)]);
      return { slot, part };
    });
    for (const { slot, part } of rows) {
      if (slot.free <= 0) continue;
      const loads = parts.get(part)!;
      const partLoad = loads.reduce((a, b) => a + b, 0) / loads.length;
      candidates.push({
        slot,
        date: day.date,
        weekday: weekdayOf(day.date),
        part,
        load: loadOf(slot),
        partLoad,
        index,
      });
    }
  });
  if (!candidates.length) return [];

  const matches = (c: Candidate) => habit !== null && c.weekday === habit.weekday && c.part === habit.part;
  const score = (c: Candidate) => (matches(c) ? 10 : 0) + (1 - c.load) * 2 + (1 - c.partLoad) - c.index * 0.05;
  const ranked = [...candidates].sort((a, b) => score(b) - score(a) || a.slot.startsAt.localeCompare(b.slot.startsAt));
  const soonest = candidates.reduce((a, b) => (b.slot.startsAt < a.slot.startsAt ? b : a));

  const picked: Candidate[] = [];
  for (const c of ranked) {
    if (picked.length >= count) break;
    if (picked.some((p) => p.date === c.date && p.part === c.part)) continue;
    picked.push(c);
  }
  if (!picked.includes(soonest)) {
    if (picked.length >= count) picked.pop();
    picked.push(soonest);
  }

  // Quiet: the least crowded of the comparable times (the habit's slots, or the same day part).
  const peersOf = (c: Candidate) =>
    matches(c) ? candidates.filter(matches) : candidates.filter((x) => x.date === c.date && x.part === c.part);
  const quiet = (c: Candidate) => c.load <= 0.5 && peersOf(c).every((x) => c.load <= x.load);
  // Listed in time order (item 9): the reasons say which is the habit / quiet / soonest one.
  picked.sort((a, b) => a.slot.startsAt.localeCompare(b.slot.startsAt));
  return picked.map((c) => ({
    ...c.slot,
    reason: {
      habit: matches(c) && habit ? { weekday: habit.weekday, part: habit.part } : null,
      quiet: quiet(c),
      soonest: c === soonest,
    },
  }));
}
