/**
 * What staff send to record a visit, its findings and readings. Kept apart from the view rows: inputs
 * trim, default and bound what people type; views describe what the server already checked.
 */
import * as v from 'valibot';
import { text } from '../schema/text.ts';
import { FenSchema, IsoDateTimeSchema, UuidSchema } from '../ids.ts';
import {
  FINDING_STATUSES,
  GradeSchema,
  MeasureKindSchema,
  PAYMENT_METHODS,
  ReadingComponentSchema,
  VISIT_STATUSES,
} from './record-codes.schema.ts';

const Text = (max: number) => v.pipe(text(), v.trim(), v.maxLength(max, 'is too long'));
const Required = (max: number) =>
  v.pipe(text(), v.trim(), v.minLength(1, 'is required'), v.maxLength(max, 'is too long'));

export const VisitItemInputSchema = v.object({
  title: Required(80),
  titleEn: v.optional(v.nullable(Text(80)), null),
  partName: v.optional(v.nullable(Text(80)), null),
  partsFen: v.optional(FenSchema, 0),
  labourFen: v.optional(FenSchema, 0),
});
export type VisitItemInput = v.InferOutput<typeof VisitItemInputSchema>;

export const PaymentInputSchema = v.object({
  paidFen: FenSchema,
  method: v.picklist(PAYMENT_METHODS, 'must be a known payment method'),
  paidAt: v.optional(IsoDateTimeSchema),
});
export type PaymentInput = v.InferOutput<typeof PaymentInputSchema>;

export const RecordVisitSchema = v.object({
  vehicleId: UuidSchema,
  title: Required(80),
  serviceCode: v.optional(v.nullable(Text(40)), null),
  mileageKm: v.pipe(v.number(), v.integer('must be whole km'), v.minValue(0), v.maxValue(2_000_000)),
  status: v.optional(v.picklist(VISIT_STATUSES), 'delivered'),
  checkedInAt: v.optional(IsoDateTimeSchema),
  deliveredAt: v.optional(v.nullable(IsoDateTimeSchema)),
  warrantyMonths: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120)), 12),
  items: v.optional(v.pipe(v.array(VisitItemInputSchema), v.maxLength(60)), []),
  payment: v.optional(v.nullable(PaymentInputSchema), null),
  technicianId: v.optional(v.nullable(UuidSchema), null),
  note: v.optional(v.nullable(Text(500)), null),
});
export type RecordVisit = v.InferOutput<typeof RecordVisitSchema>;

export const UpdateVisitSchema = v.object({
  status: v.optional(v.picklist(VISIT_STATUSES)),
  deliveredAt: v.optional(v.nullable(IsoDateTimeSchema)),
  items: v.optional(v.pipe(v.array(VisitItemInputSchema), v.maxLength(60))),
  payment: v.optional(v.nullable(PaymentInputSchema)),
  warrantyMonths: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120))),
  note: v.optional(v.nullable(Text(500))),
});
export type UpdateVisit = v.InferOutput<typeof UpdateVisitSchema>;

export const RecordFindingSchema = v.object({
  visitId: UuidSchema,
  component: Required(60),
  grade: GradeSchema,
  measureKind: v.optional(v.nullable(MeasureKindSchema), null),
  measureValue: v.optional(v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100))), null),
  note: v.optional(Text(500), ''),
  recommendation: v.optional(Text(300), ''),
  /** Optional English texts, for a customer who reads English (shared/words/bilingual.ts). */
  noteEn: v.optional(v.nullable(Text(500)), null),
  recommendationEn: v.optional(v.nullable(Text(300)), null),
});
export type RecordFinding = v.InferOutput<typeof RecordFindingSchema>;

export const UpdateFindingSchema = v.object({
  status: v.optional(v.picklist(FINDING_STATUSES)),
  fixedInVisitId: v.optional(v.nullable(UuidSchema)),
  grade: v.optional(GradeSchema),
  note: v.optional(Text(500)),
  recommendation: v.optional(Text(300)),
  noteEn: v.optional(v.nullable(Text(500))),
  recommendationEn: v.optional(v.nullable(Text(300))),
});
export type UpdateFinding = v.InferOutput<typeof UpdateFindingSchema>;

export const RecordReadingsSchema = v.object({
  visitId: UuidSchema,
  readings: v.pipe(
    v.array(v.object({ component: ReadingComponentSchema, value: v.pipe(v.number(), v.minValue(0), v.maxValue(100)) })),
    v.minLength(1, 'needs at least one reading'),
    v.maxLength(20),
  ),
});
export type RecordReadings = v.InferOutput<typeof RecordReadingsSchema>;
