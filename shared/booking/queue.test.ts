import { describe, expect, it } from 'vitest';
import { centerQueue, DEFAULT_JOB_MINUTES, type QueueCar } from './queue.ts';

// The reminder goes out at 08:00 for a 10:00 booking (UTC in the data; the arithmetic is the same).
const now = '2026-12-03T08:00:00.000Z';
const arrivesAt = '2026-12-03T10:00:00.000Z';
const car = (over: Partial<QueueCar>): QueueCar => ({
  checkedInAt: '2026-12-03T07:30:00.000Z',
  working: false,
  readyAt: null,
  estimateMinutes: null,
  ...over,
});

describe('centerQueue', () => {
  it('an empty center: 0 waiting, no wait (seed 000 MOT 2: "当前等待：0 人")', () => {
    expect(centerQueue({ now, arrivesAt, bays: 4, cars: [] })).toEqual({ waiting: 0, expectedWaitMinutes: 0 });
  });

  it('cars in work that finish before the booking leave no wait', () => {
    const cars = [car({ working: true, readyAt: '2026-12-03T09:30:00.000Z' })];
    expect(centerQueue({ now, arrivesAt, bays: 1, cars })).toEqual({ waiting: 0, expectedWaitMinutes: 0 });
  });

  it('one bay busy until 10:30: the 10:00 booking waits 30 min', () => {
    const cars = [car({ working: true, readyAt: '2026-12-03T10:30:00.000Z' })];
    expect(centerQueue({ now, arrivesAt, bays: 1, cars })).toEqual({ waiting: 0, expectedWaitMinutes: 30 });
  });

  it('2 bays: busy until 09:00 and 09:30; 3 waiting (90, 60, default 60 min) → the first bay is free at 10:30', () => {
    // Bay A frees at 09:00 and takes the first waiting car (90 min) → 10:30.
    // Bay B frees at 09:30 and takes the second (60 min) → 10:30.
    // The third (60 min by default) takes bay A at 10:30 → 11:30; bay B stays free from 10:30.
    const cars = [
      car({ working: true, readyAt: '2026-12-03T09:00:00.000Z' }),
      car({ working: true, readyAt: '2026-12-03T09:30:00.000Z' }),
      car({ checkedInAt: '2026-12-03T07:40:00.000Z', estimateMinutes: 90 }),
      car({ checkedInAt: '2026-12-03T07:50:00.000Z', estimateMinutes: 60 }),
      car({ checkedInAt: '2026-12-03T07:55:00.000Z' }),
    ];
    expect(DEFAULT_JOB_MINUTES).toBe(60);
    expect(centerQueue({ now, arrivesAt, bays: 2, cars })).toEqual({ waiting: 3, expectedWaitMinutes: 30 });
  });

  it('a car in work without a promise frees its bay 60 min after check-in, never before now', () => {
    // Checked in 07:30 → free 08:30 by default; two waiting cars of 60 min → the bay is free at 10:30.
    const cars = [car({ working: true }), car({ checkedInAt: '2026-12-03T07:35:00.000Z' }), car({})];
    expect(centerQueue({ now, arrivesAt, bays: 1, cars })).toEqual({ waiting: 2, expectedWaitMinutes: 30 });
    const late = [car({ working: true, readyAt: '2026-12-03T07:00:00.000Z' })]; // overdue: counted as freeing now
    expect(centerQueue({ now, arrivesAt: now, bays: 1, cars: late })).toEqual({ waiting: 0, expectedWaitMinutes: 0 });
  });
});
