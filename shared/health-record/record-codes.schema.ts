/**
 * The closed word lists of the health record, in one place so the server's checks, the staff forms and
 * the device's wear maths all agree on them.
 */
import * as v from 'valibot';

export const GRADES = ['red', 'yellow', 'green'] as const;
export type Grade = (typeof GRADES)[number];
export const GradeSchema = v.picklist(GRADES);

export const MEASURE_KINDS = ['tread_mm', 'brake_pad_mm', 'battery_pct'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const MeasureKindSchema = v.picklist(MEASURE_KINDS);

export const FINDING_STATUSES = ['open', 'fixed', 'deferred'] as const;
export const VISIT_STATUSES = ['in_progress', 'ready', 'delivered'] as const;
export const PAYMENT_METHODS = ['wechat', 'alipay', 'card', 'cash', 'warranty'] as const;

/** Components with readings: one series per component (a tyre, an axle's pads, the battery). */
export const READING_COMPONENTS = {
  tread_fl: 'tread_mm',
  tread_fr: 'tread_mm',
  tread_rl: 'tread_mm',
  tread_rr: 'tread_mm',
  brake_pad_front: 'brake_pad_mm',
  brake_pad_rear: 'brake_pad_mm',
  battery: 'battery_pct',
} as const satisfies Record<string, MeasureKind>;
export type ReadingComponent = keyof typeof READING_COMPONENTS;
export const ReadingComponentSchema = v.picklist(
  Object.keys(READING_COMPONENTS) as [ReadingComponent, ...ReadingComponent[]],
);
