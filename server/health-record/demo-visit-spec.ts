/**
 * The shape the demo story is written in: closer to how a technician would tell it (readings by
 * component, "fixed on the spot", a photo's caption and colours) than the staff API inputs it becomes.
 */
import type * as v from 'valibot';
import type { ReadingComponent } from '@shared/health-record/record-codes.schema.ts';
import type { RecordFindingSchema, RecordVisitSchema } from '@shared/health-record/staff-input.schema.ts';

export type Reading = Partial<Record<ReadingComponent, number>>;
/** [caption, gradient from, gradient to] */
export type DemoPhoto = [label: string, from: string, to: string];
export type DemoFinding = Omit<v.InferInput<typeof RecordFindingSchema>, 'visitId'> & {
  fixedHere?: boolean;
  photo?: DemoPhoto;
};
export type DemoVisit = Omit<v.InferInput<typeof RecordVisitSchema>, 'vehicleId' | 'checkedInAt' | 'deliveredAt'> & {
  daysAgo: number;
  readings: Reading;
  findings: DemoFinding[];
  photos?: { before: [string, string, string]; after: [string, string, string] };
};

export const tyres = (fl: number, fr: number, rl: number, rr: number): Reading => ({
  tread_fl: fl,
  tread_fr: fr,
  tread_rl: rl,
  tread_rr: rr,
});
export const pads = (front: number, rear: number): Reading => ({ brake_pad_front: front, brake_pad_rear: rear });
