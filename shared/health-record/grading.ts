/**
 * Grading rules for findings (seed 002): red = safety, fix now; yellow = soon; green = note for later.
 *   red:    brake pads < 10 % life, tread below the legal 1.6 mm, battery fault, suspension fault
 *   yellow: brake pads 10-30 %, dirty cabin filter, aged wipers, uneven tyre wear
 *   green:  washer fluid low, light scratches, software update
 * For measured components the rule gives the least severe grade allowed: staff may grade more
 * severely (they saw the car), never less (a tread under 1.6 mm cannot be filed as a note).
 */
import type { Grade, MeasureKind } from './record-codes.schema.ts';
import { BRAKE_PAD_NEW_MM, BRAKE_PAD_WORN_MM, LIMITS } from './wear.ts';

export const GRADE_SEVERITY: Record<Grade, number> = { green: 0, yellow: 1, red: 2 };

/** Pad life left in %: friction material between new (10 mm) and worn to the backing plate (2 mm). */
export function brakePadLifePct(mm: number): number {
  const pct = ((mm - BRAKE_PAD_WORN_MM) / (BRAKE_PAD_NEW_MM - BRAKE_PAD_WORN_MM)) * 100;
  return Math.round(Math.min(100, Math.max(0, pct)));
}

/** Tread at or below this is graded yellow: wet braking gets markedly worse under 3 mm. */
export const TREAD_ADVISORY_MM = 3;
/** Battery health (% of original capacity) under which it is graded yellow / red. */
export const BATTERY_ADVISORY_PCT = 80;
export const BATTERY_FAULT_PCT = LIMITS.battery_pct;

/** The grade a measurement calls for on its own. */
export function gradeForMeasure(kind: MeasureKind, value: number): Grade {
  switch (kind) {
    case 'brake_pad_mm': {
      const pct = brakePadLifePct(value);
      return pct < 10 ? 'red' : pct <= 30 ? 'yellow' : 'green';
    }
    case 'tread_mm':
      return value < LIMITS.tread_mm ? 'red' : value <= TREAD_ADVISORY_MM ? 'yellow' : 'green';
    case 'battery_pct':
      return value < BATTERY_FAULT_PCT ? 'red' : value < BATTERY_ADVISORY_PCT ? 'yellow' : 'green';
  }
}

/** Is the grade staff chose allowed for this measurement? (never milder than the rule) */
export function gradeAllowed(grade: Grade, kind: MeasureKind | null, value: number | null): boolean {
  if (kind === null || value === null) return true;
  return GRADE_SEVERITY[grade] >= GRADE_SEVERITY[gradeForMeasure(kind, value)];
}

/** Most severe first, then open before fixed. */
export function compareFindings(a: { grade: Grade; status: string }, b: { grade: Grade; status: string }): number {
  const open = (s: string) => (s === 'fixed' ? 1 : 0);
  return open(a.status) - open(b.status) || GRADE_SEVERITY[b.grade] - GRADE_SEVERITY[a.grade];
}
