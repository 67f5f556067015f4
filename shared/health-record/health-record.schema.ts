/**
 * The health record's customer-facing view rows (published by server/health-record/health-record.publish.ts,
 * mirrored on the device) and the staff inputs that create them.
 *
 * Entities (shared/sync/entities.ts), each scoped by the vehicle id so a screen reads one car's rows:
 * - `visit`   — VisitView: a visit with its itemized lines, totals, warranty end date, advisor name and
 *               before/after media. Other features ([E] timeline, [F] quotes) call `publishVisit(tx, id)`
 *               after they change a visit; they never publish their own copy of it.
 * - `finding` — FindingView: graded finding with measurement, photos, status and fixedInVisitId.
 * - `reading` — ReadingView: one wear measurement (the wear chart and projection are computed on the
 *               device from these with shared/health-record/wear.ts; never typed by staff).
 * - `shareLink` — ShareLinkView: the owner's share links (the token itself is never published).
 */
import * as v from 'valibot';
import { FenSchema, IsoDateSchema, IsoDateTimeSchema, UuidSchema } from '../ids.ts';

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

/** A photo as a screen needs it: URLs of the re-encoded display size and thumbnail (never the original). */
export const MediaViewSchema = v.object({
  id: UuidSchema,
  thumbUrl: v.string(),
  url: v.string(),
  width: v.number(),
  height: v.number(),
  /** 'before' | 'after' | 'evidence' | 'event' */
  role: v.string(),
  caption: v.nullable(v.string()),
});
export type MediaView = v.InferOutput<typeof MediaViewSchema>;

export const VisitItemViewSchema = v.object({
  id: UuidSchema,
  title: v.string(),
  titleEn: v.nullable(v.string()),
  partName: v.nullable(v.string()),
  partsFen: FenSchema,
  labourFen: FenSchema,
});
export type VisitItemView = v.InferOutput<typeof VisitItemViewSchema>;

export const VisitViewSchema = v.object({
  id: UuidSchema,
  vehicleId: UuidSchema,
  status: v.picklist(VISIT_STATUSES),
  serviceCode: v.nullable(v.string()),
  title: v.string(),
  mileageKm: v.number(),
  advisorName: v.nullable(v.string()),
  technicianName: v.nullable(v.string()),
  checkedInAt: IsoDateTimeSchema,
  deliveredAt: v.nullable(IsoDateTimeSchema),
  items: v.array(VisitItemViewSchema),
  partsFen: FenSchema,
  labourFen: FenSchema,
  totalFen: FenSchema,
  paidFen: FenSchema,
  paidAt: v.nullable(IsoDateTimeSchema),
  paymentMethod: v.nullable(v.string()),
  warrantyMonths: v.number(),
  /** Last day of the warranty on this visit's work, in the center's zone (null until delivered). */
  warrantyUntil: v.nullable(IsoDateSchema),
  note: v.nullable(v.string()),
  /** Delivery report photos: role 'before' / 'after' (and any other visit photos). */
  media: v.array(MediaViewSchema),
});
export type VisitView = v.InferOutput<typeof VisitViewSchema>;

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

export const ShareLinkViewSchema = v.object({
  id: UuidSchema,
  vehicleId: UuidSchema,
  label: v.nullable(v.string()),
  createdAt: IsoDateTimeSchema,
  revokedAt: v.nullable(IsoDateTimeSchema),
});
export type ShareLinkView = v.InferOutput<typeof ShareLinkViewSchema>;

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

// ---- Customer mutations (shared/sync/mutations.ts) ----

/** The device makes the token (256 random bits, base64url) and keeps it; the server stores only a keyed hash. */
export const ShareTokenSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/, 'must be a 43-character token'));
export const CreateShareLinkArgsSchema = v.object({
  id: UuidSchema,
  vehicleId: UuidSchema,
  token: ShareTokenSchema,
  label: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(40, 'is too long'))), null),
});
export type CreateShareLinkArgs = v.InferOutput<typeof CreateShareLinkArgsSchema>;
export const RevokeShareLinkArgsSchema = v.object({ id: UuidSchema });

// ---- Staff inputs ----

const Text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, 'is too long'));
const Required = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'is required'), v.maxLength(max, 'is too long'));

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
});
export type RecordFinding = v.InferOutput<typeof RecordFindingSchema>;

export const UpdateFindingSchema = v.object({
  status: v.optional(v.picklist(FINDING_STATUSES)),
  fixedInVisitId: v.optional(v.nullable(UuidSchema)),
  grade: v.optional(GradeSchema),
  note: v.optional(Text(500)),
  recommendation: v.optional(Text(300)),
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

/** What the staff console shows for a vehicle: the same rows the customer sees. */
export const StaffVehicleRecordSchema = v.object({
  vehicle: v.object({
    id: UuidSchema,
    model: v.string(),
    plate: v.string(),
    mileageKm: v.number(),
    customerName: v.string(),
  }),
  ...VehicleRecordSchema.entries,
});
export type StaffVehicleRecord = v.InferOutput<typeof StaffVehicleRecordSchema>;
