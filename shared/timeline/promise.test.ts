import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bufferedMinutes,
  ceilToClockStep,
  minutesEarly,
  minutesLater,
  promiseDisplay,
  promisedReadyAt,
} from './promise.ts';

const at = (iso: string) => new Date(iso);

describe('bufferedMinutes (estimate × 1.3, up to a quarter hour)', () => {
  it('gives the seed’s worked example: one hour of work is promised as an hour and a half', () => {
    expect(bufferedMinutes(60)).toBe(90); // 78 → 90
  });

  it('rounds every other estimate up to the next quarter hour', () => {
    expect(bufferedMinutes(10)).toBe(15); // 13
    expect(bufferedMinutes(30)).toBe(45); // 39
    expect(bufferedMinutes(90)).toBe(120); // 117
    expect(bufferedMinutes(100)).toBe(135); // 130
    expect(bufferedMinutes(120)).toBe(165); // 156
  });

  it('keeps an exact quarter hour as it is (no extra step)', () => {
    expect(bufferedMinutes(150)).toBe(195); // 195 exactly
    expect(bufferedMinutes(300)).toBe(390); // 390 exactly
  });

  it('is never below estimate × 1.3 and never a full step above it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (m) => {
        const b = bufferedMinutes(m);
        return b % 15 === 0 && b * 10 >= m * 13 && (b - 15) * 10 < m * 13;
      }),
    );
  });

  it('refuses an estimate that is not a positive whole number of minutes', () => {
    expect(() => bufferedMinutes(0)).toThrow(RangeError);
    expect(() => bufferedMinutes(-5)).toThrow(RangeError);
    expect(() => bufferedMinutes(12.5)).toThrow(RangeError);
  });
});

describe('promisedReadyAt', () => {
  it('adds the buffered duration and rounds the clock time up to 5 minutes', () => {
    // 10:07 Shanghai + 90 min = 11:37 → 11:40
    expect(promisedReadyAt(at('2026-11-28T02:07:00Z'), 60).toISOString()).toBe('2026-11-28T03:40:00.000Z');
  });

  it('keeps a time already on a 5-minute mark', () => {
    expect(promisedReadyAt(at('2026-11-28T02:00:00Z'), 60).toISOString()).toBe('2026-11-28T03:30:00.000Z');
  });

  it('rounds seconds up too, never down', () => {
    expect(ceilToClockStep(at('2026-11-28T02:00:01Z')).toISOString()).toBe('2026-11-28T02:05:00.000Z');
    expect(ceilToClockStep(at('2026-11-28T02:00:00Z')).toISOString()).toBe('2026-11-28T02:00:00.000Z');
  });
});

describe('early and late', () => {
  it('counts whole minutes early, and 0 when late', () => {
    expect(minutesEarly(at('2026-11-28T06:00:00Z'), at('2026-11-28T05:30:30Z'))).toBe(29);
    expect(minutesEarly(at('2026-11-28T06:00:00Z'), at('2026-11-28T06:10:00Z'))).toBe(0);
  });

  it('counts minutes a new promise is later', () => {
    expect(minutesLater(at('2026-11-28T06:00:00Z'), at('2026-11-28T07:00:00Z'))).toBe(60);
    expect(minutesLater(at('2026-11-28T06:00:00Z'), at('2026-11-28T05:00:00Z'))).toBe(0);
  });
});

describe('promiseDisplay in Asia/Shanghai', () => {
  const zone = 'Asia/Shanghai';

  it('shows the Shanghai wall-clock time of a UTC instant', () => {
    const d = promiseDisplay('2026-11-28T07:40:00.000Z', at('2026-11-28T02:00:00Z'), zone, 'zh-CN');
    expect(d).toEqual({ time: '15:40', date: '2026-11-28', dayOffset: 0 });
  });

  it('says "tomorrow" when the promise crosses Shanghai midnight, even if UTC has not', () => {
    // 16:30Z is 00:30 the next day in Shanghai; "now" is 23:00 Shanghai (15:00Z).
    const d = promiseDisplay('2026-11-28T16:30:00.000Z', at('2026-11-28T15:00:00Z'), zone, 'en-GB');
    expect(d).toEqual({ time: '00:30', date: '2026-11-29', dayOffset: 1 });
  });

  it('does not depend on the time zone of the process', () => {
    expect(promiseDisplay('2026-11-28T01:05:00.000Z', at('2026-11-28T00:00:00Z'), zone, 'en-GB').time).toBe('09:05');
    expect(promiseDisplay('2026-11-28T01:05:00.000Z', at('2026-11-28T00:00:00Z'), 'Europe/Berlin', 'en-GB').time).toBe(
      '02:05',
    );
  });
});
