import { describe, expect, it } from 'vitest';
import { deferAt, deferralKind } from './defer.ts';

describe('deferAt', () => {
  const now = new Date('2026-11-20T15:30:00Z'); // 23:30 on the 20th in Shanghai
  it('comes back at 10:00 center time, counted from the center’s date', () => {
    expect(deferAt('next_week', now, 'Asia/Shanghai')).toBe('2026-11-27T02:00:00.000Z');
    expect(deferAt('three_months', now, 'Asia/Shanghai')).toBe('2027-02-19T02:00:00.000Z');
  });
  it('makes near deferrals proposed bookings and later ones reminders', () => {
    expect(deferralKind(deferAt('next_week', now, 'Asia/Shanghai'), now)).toBe('booking');
    expect(deferralKind(deferAt('one_month', now, 'Asia/Shanghai'), now)).toBe('reminder');
  });
});
