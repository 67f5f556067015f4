import { describe, expect, it } from 'vitest';
import { addDays, zonedDate, zonedParts, zonedTimeToUtc, zoneOffsetMinutes } from './time.ts';

describe('time', () => {
  it('knows Shanghai is eight hours ahead of UTC all year', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-15T00:00:00Z'), 'Asia/Shanghai')).toBe(480);
    expect(zoneOffsetMinutes(new Date('2026-07-15T00:00:00Z'), 'Asia/Shanghai')).toBe(480);
  });

  it('turns a Shanghai wall-clock time into the UTC instant', () => {
    expect(zonedTimeToUtc('2026-11-28', 10 * 60, 'Asia/Shanghai').toISOString()).toBe('2026-11-28T02:00:00.000Z');
    expect(zonedTimeToUtc('2026-11-28', 60, 'Asia/Shanghai').toISOString()).toBe('2026-11-27T17:00:00.000Z');
  });

  it('handles a zone with daylight saving time', () => {
    expect(zonedTimeToUtc('2026-07-01', 9 * 60, 'Europe/Berlin').toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(zonedTimeToUtc('2026-01-05', 9 * 60, 'Europe/Berlin').toISOString()).toBe('2026-01-05T08:00:00.000Z');
  });

  it('gives the local calendar date and weekday of an instant', () => {
    const at = new Date('2026-11-27T17:30:00Z');
    expect(zonedDate(at, 'Asia/Shanghai')).toBe('2026-11-28');
    expect(zonedParts(at, 'Asia/Shanghai').weekday).toBe(6);
  });

  it('adds days across month ends', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
