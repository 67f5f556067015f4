import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../center/center.schema.ts';
import { formatTime } from '../time.ts';
import { dayClock, daySlots, nearestSlots, partOfDay, pickBay, planDay, SLOT_STEP_MINUTES } from './slots.ts';

const TZ = 'Asia/Shanghai';
const DAILY = { open: 8 * 60 + 30, close: 18 * 60 };
const WEEK: OpeningHours = [DAILY, DAILY, DAILY, DAILY, DAILY, DAILY, DAILY];
const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);
const local = (iso: string) => formatTime(iso, TZ, 'en-GB');

describe('planDay', () => {
  it('takes the weekday hours and applies closed, special hours and bay outages', () => {
    expect(planDay('2026-11-28', 6, WEEK, [])).toMatchObject({
      closed: false,
      open: 510,
      close: 1080,
      bays: 6,
      outages: [],
    });
    const closedWeek: OpeningHours = [null, DAILY, DAILY, DAILY, DAILY, DAILY, DAILY];
    expect(planDay('2026-11-29', 6, closedWeek, []).closed).toBe(true); // a Sunday
    expect(
      planDay('2026-11-28', 6, WEEK, [{ kind: 'closed', bay: null, fromMinute: null, toMinute: null, reason: '国庆' }]),
    ).toMatchObject({
      closed: true,
      note: '国庆',
    });
    const short = planDay('2026-11-28', 6, WEEK, [
      { kind: 'hours', bay: null, fromMinute: 600, toMinute: 900, reason: '盘点' },
    ]);
    expect(short).toMatchObject({ open: 600, close: 900, closed: false });
    const out = planDay('2026-11-28', 6, WEEK, [
      { kind: 'bay_out', bay: 3, fromMinute: null, toMinute: null, reason: '举升机检修' },
    ]);
    expect(out.outages).toEqual([{ bay: 3, from: 0, to: 1440 }]);
  });
});

describe('daySlots', () => {
  const plan = planDay('2026-11-28', 2, WEEK, []);

  it('offers a slot every 30 minutes that ends by closing, in UTC, shown in Shanghai time', () => {
    const slots = daySlots({ plan, timeZone: TZ, bookings: [], durationMinutes: 90 });
    expect(local(slots[0]!.startsAt)).toBe('08:30');
    expect(slots[0]!.startsAt).toBe('2026-11-28T00:30:00.000Z');
    expect(local(slots.at(-1)!.startsAt)).toBe('16:30'); // 16:30 + 90 min = 18:00
    expect(slots).toHaveLength((1080 - 90 - 510) / SLOT_STEP_MINUTES + 1);
    expect(slots.every((s) => s.free === 2 && s.capacity === 2)).toBe(true);
  });

  it('counts bookings and outages against the bays for the whole duration', () => {
    const d = '2026-11-28';
    const bookings = [
      { bay: 1, startsAt: at(d, '10:00'), endsAt: at(d, '11:30') },
      { bay: 2, startsAt: at(d, '11:00'), endsAt: at(d, '12:00') },
    ];
    const slots = daySlots({ plan, timeZone: TZ, bookings, durationMinutes: 60 });
    const free = (hhmm: string) => slots.find((s) => local(s.startsAt) === hhmm)?.free;
    expect(free('09:00')).toBe(2);
    expect(free('09:30')).toBe(1); // 09:30-10:30 overlaps bay 1
    expect(free('10:30')).toBe(0); // both bays busy 11:00-11:30
    expect(free('11:30')).toBe(1);
    expect(free('12:00')).toBe(2);

    const out = planDay(d, 2, WEEK, [
      { kind: 'bay_out', bay: 2, fromMinute: 14 * 60, toMinute: 16 * 60, reason: '检修' },
    ]);
    const withOutage = daySlots({ plan: out, timeZone: TZ, bookings: [], durationMinutes: 60 });
    expect(withOutage.find((s) => local(s.startsAt) === '14:30')).toMatchObject({ free: 1, capacity: 1 });
    expect(withOutage.find((s) => local(s.startsAt) === '16:00')).toMatchObject({ free: 2, capacity: 2 });
  });

  it('leaves out slots before notBefore and offers nothing on a closed day', () => {
    const slots = daySlots({
      plan,
      timeZone: TZ,
      bookings: [],
      durationMinutes: 60,
      notBefore: at('2026-11-28', '15:10'),
    });
    expect(local(slots[0]!.startsAt)).toBe('15:30');
    const closed = planDay('2026-11-28', 2, WEEK, [
      { kind: 'closed', bay: null, fromMinute: null, toMinute: null, reason: 'x' },
    ]);
    expect(daySlots({ plan: closed, timeZone: TZ, bookings: [], durationMinutes: 60 })).toEqual([]);
  });
});

describe('pickBay', () => {
  it('gives the lowest free bay and null when full', () => {
    const plan = planDay('2026-11-28', 3, WEEK, [
      { kind: 'bay_out', bay: 1, fromMinute: null, toMinute: null, reason: 'x' },
    ]);
    expect(pickBay(plan, [], 600, 660)).toBe(2);
    expect(pickBay(plan, [{ bay: 2, from: 630, to: 700 }], 600, 660)).toBe(3);
    expect(
      pickBay(
        plan,
        [
          { bay: 2, from: 630, to: 700 },
          { bay: 3, from: 540, to: 610 },
        ],
        600,
        660,
      ),
    ).toBeNull();
    expect(pickBay(plan, [], 1050, 1110)).toBeNull(); // past closing
  });
});

describe('nearestSlots', () => {
  it('returns the free slots closest to the wanted time, in time order', () => {
    const plan = planDay('2026-11-28', 1, WEEK, []);
    const d = '2026-11-28';
    const slots = daySlots({
      plan,
      timeZone: TZ,
      bookings: [{ bay: 1, startsAt: at(d, '10:00'), endsAt: at(d, '11:30') }],
      durationMinutes: 60,
    });
    const near = nearestSlots(slots, at(d, '10:00'), 3).map((s) => local(s.startsAt));
    expect(near).toEqual(['08:30', '09:00', '11:30']);
  });
});

describe('dayClock and partOfDay', () => {
  it('maps wall-clock minutes and instants both ways', () => {
    const c = dayClock('2026-11-28', TZ);
    expect(c.toInstant(600).toISOString()).toBe('2026-11-28T02:00:00.000Z');
    expect(c.toMinute(new Date('2026-11-28T02:00:00Z'))).toBe(600);
    const ny = dayClock('2026-03-08', 'America/New_York'); // the DST change day takes the exact path
    expect(ny.toInstant(600).toISOString()).toBe('2026-03-08T14:00:00.000Z');
    expect(ny.toMinute(new Date('2026-03-08T14:00:00Z'))).toBe(600);
    expect([partOfDay(600), partOfDay(780), partOfDay(1050)]).toEqual(['morning', 'afternoon', 'evening']);
  });
});
