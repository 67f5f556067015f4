import { describe, expect, it } from 'vitest';
import {
  currentSeries,
  drivingPace,
  LIMITS,
  projectWear,
  roughDuration,
  type WearPoint,
  wearSegments,
} from './wear.ts';

const p = (measuredAt: string, mileageKm: number, value: number): WearPoint => ({
  measuredAt: `${measuredAt}T02:00:00.000Z`,
  mileageKm,
  value,
});
const pace50 = { kmPerDay: 50, days: 365, points: 5 };

describe('projectWear', () => {
  it('projects linearly from the wear per km and the car’s pace (worked example)', () => {
    // 8.0 → 6.0 mm over 10,000 km: 0.2 mm per 1,000 km. 6.0 − 1.6 = 4.4 mm left = 22,000 km.
    // At 50 km a day that is 440 days after the last reading (2026-07-01 + 440 d = 2027-09-14).
    const r = projectWear({
      kind: 'tread_mm',
      readings: [p('2026-01-01', 0, 8), p('2026-07-01', 10_000, 6)],
      pace: pace50,
      now: '2026-07-01T02:00:00.000Z',
    });
    expect(r).toMatchObject({
      status: 'projected',
      limit: 1.6,
      limitAtKm: 32_000,
      kmLeft: 22_000,
      limitDate: '2027-09-14',
      daysLeft: 440,
    });
    if (r?.status !== 'projected') throw new Error('not projected');
    expect(r.ratePer1000Km).toBeCloseTo(0.2);
    // Two readings: ±35 % on the rate → 22,000 km at 1.35× / 0.65× the rate: 326 and 677 days.
    expect(r.confidence).toBe('low');
    expect(r.earliestDate).toBe('2027-05-23');
    expect(r.latestDate).toBe('2028-05-08');
  });

  it('counts the km driven since the last reading when it is some time ago', () => {
    const r = projectWear({
      kind: 'tread_mm',
      readings: [p('2026-01-01', 0, 8), p('2026-07-01', 10_000, 6)],
      pace: pace50,
      now: '2026-09-09T02:00:00.000Z',
    });
    // 70 days × 50 km = 3,500 km already driven of the 22,000.
    expect(r).toMatchObject({ status: 'projected', kmLeft: 18_500, daysLeft: 370, limitDate: '2027-09-14' });
  });

  it('uses the series’ own dates for the pace when the car’s pace is unknown', () => {
    // 10,000 km in 181 days = 55.25 km/day; 22,000 km → 398 days after 2026-07-01.
    const r = projectWear({
      kind: 'tread_mm',
      readings: [p('2026-01-01', 0, 8), p('2026-07-01', 10_000, 6)],
      pace: null,
      now: '2026-07-01T02:00:00.000Z',
    });
    expect(r).toMatchObject({ status: 'projected', limitDate: '2027-08-03' });
  });

  it('with more readings on a straight line, is confident', () => {
    const readings = [
      p('2025-01-01', 0, 10),
      p('2025-05-01', 5_000, 8.5),
      p('2025-09-01', 10_000, 7),
      p('2026-01-01', 15_000, 5.5),
    ];
    const r = projectWear({ kind: 'brake_pad_mm', readings, pace: pace50, now: '2026-01-01T02:00:00.000Z' });
    expect(r).toMatchObject({ status: 'projected', limit: 3, kmLeft: 8_333, confidence: 'high' });
  });

  it('with scattered readings, states a wider range and a lower confidence', () => {
    const readings = [
      p('2025-01-01', 0, 10),
      p('2025-05-01', 5_000, 7.9),
      p('2025-09-01', 10_000, 7.8),
      p('2026-01-01', 15_000, 5.2),
    ];
    const r = projectWear({ kind: 'brake_pad_mm', readings, pace: pace50, now: '2026-01-01T02:00:00.000Z' });
    if (r?.status !== 'projected') throw new Error('not projected');
    expect(r.confidence).not.toBe('high');
    expect(r.earliestDate! < r.limitDate!).toBe(true);
    expect(r.latestDate! > r.limitDate!).toBe(true);
  });

  it('needs at least two readings at different mileages', () => {
    expect(
      projectWear({
        kind: 'tread_mm',
        readings: [p('2026-01-01', 5_000, 6)],
        pace: pace50,
        now: '2026-02-01T00:00:00Z',
      })?.status,
    ).toBe('too_few');
    const same = [p('2026-01-01', 5_000, 6), p('2026-01-02', 5_000, 5.9)];
    expect(projectWear({ kind: 'tread_mm', readings: same, pace: pace50, now: '2026-02-01T00:00:00Z' })?.status).toBe(
      'too_few',
    );
    expect(projectWear({ kind: 'tread_mm', readings: [], pace: pace50, now: '2026-02-01T00:00:00Z' })).toBeNull();
  });

  it('restarts the series when a reading went up (new tyres)', () => {
    const readings = [
      p('2025-01-01', 0, 8),
      p('2025-07-01', 8_000, 5),
      p('2026-01-01', 16_000, 2.2),
      p('2026-01-02', 16_050, 8.1),
      p('2026-07-01', 24_000, 7.3),
    ];
    const r = projectWear({ kind: 'tread_mm', readings, pace: pace50, now: '2026-07-01T02:00:00.000Z' });
    expect(r?.restartedAt).toBe('2026-01-02T02:00:00.000Z');
    expect(r?.series.map((x) => x.value)).toEqual([8.1, 7.3]);
    // Only the new tyre counts: 0.8 mm per 7,950 km, 5.7 mm left → about 56,644 km.
    expect(r).toMatchObject({ status: 'projected', kmLeft: 56_644 });
    // A new tyre with a single reading so far: too few to project.
    expect(currentSeries('tread_mm', readings.slice(0, 4)).series).toHaveLength(1);
    expect(
      projectWear({ kind: 'tread_mm', readings: readings.slice(0, 4), pace: pace50, now: '2026-01-02T02:00:00.000Z' })
        ?.status,
    ).toBe('too_few');
  });

  it('ignores a small rise (measurement noise) instead of restarting', () => {
    const readings = [p('2025-01-01', 0, 8), p('2025-07-01', 8_000, 6), p('2026-01-01', 16_000, 6.3)];
    expect(currentSeries('tread_mm', readings).restartedAt).toBeNull();
  });

  it('says the limit is already passed when the last reading is at or under it', () => {
    const under = projectWear({
      kind: 'tread_mm',
      readings: [p('2025-01-01', 0, 3), p('2026-01-01', 10_000, 1.4)],
      pace: pace50,
      now: '2026-02-01T00:00:00Z',
    });
    expect(under).toMatchObject({ status: 'limit_reached', limit: LIMITS.tread_mm });
    expect(
      projectWear({
        kind: 'brake_pad_mm',
        readings: [p('2026-01-01', 10_000, 3)],
        pace: null,
        now: '2026-02-01T00:00:00Z',
      })?.status,
    ).toBe('limit_reached');
  });

  it('reports no wear when readings do not go down', () => {
    const r = projectWear({
      kind: 'battery_pct',
      readings: [p('2025-01-01', 0, 96), p('2026-01-01', 10_000, 96)],
      pace: pace50,
      now: '2026-02-01T00:00:00Z',
    });
    expect(r?.status).toBe('no_wear');
  });

  it('has a projected date in the past when the car has driven past the limit since', () => {
    const r = projectWear({
      kind: 'tread_mm',
      readings: [p('2024-01-01', 0, 4), p('2024-07-01', 10_000, 2)],
      pace: pace50,
      now: '2026-01-01T00:00:00Z',
    });
    expect(r).toMatchObject({ status: 'projected', kmLeft: 0 });
    if (r?.status === 'projected') expect(r.daysLeft).toBeLessThan(0);
  });
});

describe('wearSegments', () => {
  it('starts a new segment where a part was replaced (6.3 → 10 mm), never one line across it', () => {
    const readings = [
      p('2025-10-01', 30_000, 6.3),
      p('2024-10-01', 10_000, 8.4),
      p('2026-04-01', 40_000, 10),
      p('2026-10-01', 50_000, 9.1),
    ];
    const segments = wearSegments('brake_pad_mm', readings);
    expect(segments.map((s) => s.map((r) => r.value))).toEqual([
      [8.4, 6.3],
      [10, 9.1],
    ]);
  });

  it('keeps small rises (measurement noise) in one segment', () => {
    const readings = [p('2025-01-01', 1000, 7.0), p('2025-06-01', 8000, 7.3), p('2026-01-01', 16_000, 6.2)];
    expect(wearSegments('tread_mm', readings)).toHaveLength(1);
  });

  it('agrees with the projection on where the current part began', () => {
    const readings = [p('2024-10-01', 10_000, 8.4), p('2025-10-01', 30_000, 6.3), p('2026-04-01', 40_000, 10)];
    const last = wearSegments('brake_pad_mm', readings).at(-1)!;
    expect(last[0]!.measuredAt).toBe(currentSeries('brake_pad_mm', readings).restartedAt);
  });
});

describe('drivingPace', () => {
  it('is the least-squares km per day across dated odometer readings', () => {
    const pts = [
      { at: '2025-01-01T00:00:00Z', mileageKm: 1_000 },
      { at: '2025-05-01T00:00:00Z', mileageKm: 4_000 },
      { at: '2025-12-27T00:00:00Z', mileageKm: 10_000 },
    ];
    expect(drivingPace(pts)?.kmPerDay).toBeCloseTo(25, 0);
  });
  it('is unknown with one date, a short span or no driving', () => {
    expect(drivingPace([{ at: '2025-01-01T00:00:00Z', mileageKm: 1 }])).toBeNull();
    expect(
      drivingPace([
        { at: '2025-01-01T00:00:00Z', mileageKm: 1 },
        { at: '2025-01-05T00:00:00Z', mileageKm: 500 },
      ]),
    ).toBeNull();
    expect(
      drivingPace([
        { at: '2025-01-01T00:00:00Z', mileageKm: 500 },
        { at: '2025-03-01T00:00:00Z', mileageKm: 500 },
      ]),
    ).toBeNull();
  });
});

describe('roughDuration', () => {
  it('words a number of days as days, weeks or months', () => {
    expect(roughDuration(9)).toEqual({ n: 9, unit: 'day' });
    expect(roughDuration(30)).toEqual({ n: 4, unit: 'week' });
    expect(roughDuration(68)).toEqual({ n: 2, unit: 'month' });
    expect(roughDuration(140)).toEqual({ n: 5, unit: 'month' });
    expect(roughDuration(-3)).toEqual({ n: 0, unit: 'day' });
  });
});
