import { describe, expect, it } from 'vitest';
import { isQuiet, quietMinutes } from './quiet.ts';

const t0 = new Date('2026-11-28T02:15:00Z');
const later = (minutes: number, seconds = 0) => new Date(t0.getTime() + minutes * 60_000 + seconds * 1000);

describe('quiet-time rule', () => {
  it('flags a visit in progress after 30 minutes without a customer-visible event', () => {
    expect(isQuiet('in_progress', t0, later(29, 59))).toBe(false);
    expect(isQuiet('in_progress', t0, later(30))).toBe(true);
  });

  it('never flags a car that is ready or delivered', () => {
    expect(isQuiet('ready', t0, later(90))).toBe(false);
    expect(isQuiet('delivered', t0, later(90))).toBe(false);
  });

  it('counts whole minutes and never goes negative when a clock is behind', () => {
    expect(quietMinutes(t0, later(12, 40))).toBe(12);
    expect(quietMinutes(t0, later(-3))).toBe(0);
  });
});
