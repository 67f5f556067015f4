/**
 * The `finding` and `reading` view rows (shared/sync/entities.ts), and the read shapes built from the
 * same rows for the customer API, the public share page and the staff console — one set of rows, so
 * what the owner sees, a buyer sees and staff see cannot differ.
 * Readings are never typed as a chart: the wear chart and projection are computed on the device from
 * these with shared/health-record/wear.ts.
 */
import * as v from 'valibot';
import { IsoDateSchema, IsoDateTimeSchema, UuidSchema } from '../ids.ts';
import { LocaleSchema } from '../settings/preferences.schema.ts';
import { FINDING_STATUSES, GradeSchema, MeasureKindSchema } from './record-codes.schema.ts';
import { MediaViewSchema, VisitViewSchema } from './visit-view.schema.ts';

export const FindingViewSchema = v.object({
  id: UuidSchema,
  vehicleId: UuidSchema,
  visitId: UuidSchema,
  component: v.string(),
  grade: GradeSchema,
  measureKind: v.nullable(MeasureKindSchema),
  measureValue: v.nullable(v.number()),
  note: v.string(),
  recommendation: v.string(),
  /** English texts staff gave beside the note and advice (shared/words/bilingual.ts). */
  noteEn: v.optional(v.nullable(v.string()), null),
  recommendationEn: v.optional(v.nullable(v.string()), null),
  status: v.picklist(FINDING_STATUSES),
  fixedInVisitId: v.nullable(UuidSchema),
  technicianName: v.nullable(v.string()),
  createdAt: IsoDateTimeSchema,
  photos: v.array(MediaViewSchema),
});
export type FindingView = v.InferOutput<typeof FindingViewSchema>;

export const ReadingViewSchema = v.object({
  id: UuidSchema,
  vehicleId: UuidSchema,
  visitId: v.nullable(UuidSchema),
  component: v.string(),
  kind: MeasureKindSchema,
  value: v.number(),
  mileageKm: v.number(),
  measuredAt: IsoDateTimeSchema,
});
export type ReadingView = v.InferOutput<typeof ReadingViewSchema>;

/** What the customer read API returns for one vehicle (the same rows the device mirrors). */
export const VehicleRecordSchema = v.object({
  visits: v.array(VisitViewSchema),
  findings: v.array(FindingViewSchema),
  readings: v.array(ReadingViewSchema),
});
export type VehicleRecord = v.InferOutput<typeof VehicleRecordSchema>;

/** The public share view: the car and its history, never the owner's name, phone or full VIN. */
export const SharedHistorySchema = v.object({
  vehicle: v.object({
    model: v.string(),
    vinMasked: v.string(),
    mileageKm: v.number(),
    purchaseDate: IsoDateSchema,
    warrantyUntil: v.nullable(IsoDateSchema),
  }),
  centerName: v.string(),
  ...VehicleRecordSchema.entries,
});
export type SharedHistory = v.InferOutput<typeof SharedHistorySchema>;

/** What the staff console shows for a vehicle: the same rows the customer sees. */
export const StaffVehicleRecordSchema = v.object({
  vehicle: v.object({
    id: UuidSchema,
    model: v.string(),
    plate: v.string(),
    mileageKm: v.number(),
    customerName: v.string(),
    /** The language the customer reads the app in: staff forms offer English texts for 'en'. */
    customerLocale: LocaleSchema,
  }),
  ...VehicleRecordSchema.entries,
});
export type StaffVehicleRecord = v.InferOutput<typeof StaffVehicleRecordSchema>;
