import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, warrantyEnd } from './dates.ts';
import { nextServiceDue } from './service-due.ts';

const visit = (checkedInAt: string, mileageKm: number, serviceCode = 'maintenance', status = 'delivered') => ({
  checkedInAt: `${checkedInAt}T02:00:00.000Z`,
  mileageKm,
  serviceCode,
  status,
});

describe('nextServiceDue: about 5 months or 10,000 km, whichever first', () => {
  it('is due by time when the car is driven little', () => {
    const due = nextServiceDue({
      visits: [
        visit('2026-01-10', 5_000, 'first_service'),
        visit('2026-06-21', 16_100),
        visit('2026-09-01', 17_000, 'tire_rotation'),
      ],
      purchaseDate: '2025-10-18',
      currentMileageKm: 17_500,
      pace: { kmPerDay: 25, days: 200, points: 3 },
      today: '2026-09-10',
    });
    expect(due).toMatchObject({ dueDate: '2026-11-21', dueKm: 26_100, by: 'time', daysLeft: 72, overdue: false });
    expect(due.since).toEqual({ date: '2026-06-21', mileageKm: 16_100, from: 'service' });
  });

  it('is due by mileage when the car is driven a lot (date from the pace)', () => {
    // Since 2026-01-01 at 10,000 km; today 31 days later: 13,100 km at 100 km/day → 6,900 km → 69 days.
    const due = nextServiceDue({
      visits: [visit('2026-01-01', 10_000)],
      purchaseDate: '2025-01-01',
      currentMileageKm: 13_000,
      pace: { kmPerDay: 100, days: 300, points: 4 },
      today: '2026-02-01',
    });
    expect(due).toMatchObject({ dueDate: '2026-04-11', dueKm: 20_000, by: 'mileage', daysLeft: 69, overdue: false });
  });

  it('is overdue once the mileage is past, even without a pace', () => {
    const due = nextServiceDue({
      visits: [visit('2026-08-01', 10_000)],
      purchaseDate: '2025-01-01',
      currentMileageKm: 20_500,
      pace: null,
      today: '2026-09-01',
    });
    expect(due).toMatchObject({ by: 'mileage', dueDate: '2026-09-01', overdue: true });
  });

  it('counts from the purchase before the first service (王女士’s Model Y)', () => {
    const due = nextServiceDue({
      visits: [],
      purchaseDate: '2026-05-10',
      currentMileageKm: 8_000,
      pace: null,
      today: '2026-11-23',
    });
    expect(due).toMatchObject({
      dueDate: '2026-10-10',
      by: 'time',
      overdue: true,
      since: { from: 'purchase', mileageKm: 0 },
    });
  });

  it('counts a service visit in the workshop now', () => {
    const due = nextServiceDue({
      visits: [visit('2026-11-23', 20_000, 'maintenance', 'in_progress')],
      purchaseDate: '2024-10-18',
      currentMileageKm: 20_000,
      pace: null,
      today: '2026-11-23',
    });
    expect(due.dueDate).toBe('2027-04-23');
  });
});

describe('dates', () => {
  it('adds months clamped to the month’s end, and ends warranties the day before', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-06-21', 5)).toBe('2026-11-21');
    expect(warrantyEnd('2026-03-10', 12)).toBe('2027-03-09');
    expect(daysBetween('2026-11-23', '2026-12-01')).toBe(8);
  });
});
