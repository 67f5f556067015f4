/**
 * The `visit` view row (shared/sync/entities.ts), scoped by vehicle id so a screen reads one car's rows.
 * Other features ([E] timeline, [F] quotes) call `publishVisit(tx, id)` after they change a visit; they
 * never publish their own copy of it, so this one shape is what every screen sees.
 */
import * as v from 'valibot';
import { FenSchema, IsoDateSchema, IsoDateTimeSchema, UuidSchema } from '../ids.ts';
import { VISIT_STATUSES } from './record-codes.schema.ts';

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
  /** A short clip: `url` is the clip (range requests), `thumbUrl` its poster frame. */
  video: v.optional(v.boolean(), false),
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
