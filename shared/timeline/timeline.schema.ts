/**
 * The live repair timeline: event kinds, the customer-facing view rows the server publishes, and the
 * staff inputs. Entities (see shared/sync/entities.ts):
 *   - 'timeline_event' (id = event id, scope = visit id): one step the customer sees, in time order;
 *   - 'visit_progress' (id = visit id, scope = vehicle id): the visit's state and promised time with
 *     its history, pinned on top of the timeline;
 *   - 'delivery' (id = visit id, scope = vehicle id): the delivery summary, see delivery.schema.ts.
 */
import * as v from 'valibot';
import { text } from '../schema/text.ts';
import { StaffRoleSchema } from '../auth/auth.schema.ts';
import { VISIT_STATUSES } from '../health-record/record-codes.schema.ts';
import { MediaViewSchema } from '../health-record/visit-view.schema.ts';
import { IsoDateTimeSchema, UuidSchema } from '../ids.ts';
import { LocaleSchema } from '../settings/preferences.schema.ts';
import { DeliverySchema } from './delivery.schema.ts';

/** The steps of a visit in their usual order, plus a free progress note. */
export const STEP_KINDS = [
  'checked_in',
  'on_lift',
  'inspection',
  'finding_reported',
  'quote_sent',
  'approved',
  'work_started',
  'part_replaced',
  'quality_check',
  'washing',
  'ready_for_pickup',
  'delivered',
  'update',
] as const;
/** Events of their own with structured details. */
/** `quote_declined`: the customer decided a quote and approved none of it (posted by the quote flow). */
export const EVENT_KINDS = [...STEP_KINDS, 'delay', 'early_finish', 'quote_declined'] as const;
export const EventKindSchema = v.picklist(EVENT_KINDS);
export type EventKind = v.InferOutput<typeof EventKindSchema>;

/** Kinds a staff member posts with the plain event form (the others have their own routes). */
export const POSTABLE_KINDS = STEP_KINDS.filter((k) => k !== 'checked_in');
export const PostableKindSchema = v.picklist(POSTABLE_KINDS);

/**
 * Gestures offered for a delay or an early finish (seed 003): 20 % off this service, a free wash
 * voucher, a 200-yuan accessory voucher, priority next time.
 */
export const COMPENSATIONS = ['discount_20', 'free_wash', 'accessory_voucher_200', 'priority_next'] as const;
export const CompensationSchema = v.picklist(COMPENSATIONS);
export type Compensation = v.InferOutput<typeof CompensationSchema>;
/** Seed 003: finished early → "we'd like to thank you for waiting with a free wash". */
export const EARLY_FINISH_GIFT: Compensation[] = ['free_wash'];

export const VisitStatusSchema = v.picklist(VISIT_STATUSES);
export type VisitStatus = v.InferOutput<typeof VisitStatusSchema>;

export const DelayDetailsSchema = v.object({
  previousReadyAt: v.nullable(IsoDateTimeSchema),
  newReadyAt: IsoDateTimeSchema,
  minutesLater: v.number(),
  reason: v.string(),
  compensation: v.array(CompensationSchema),
});
export const EarlyFinishDetailsSchema = v.object({
  promisedReadyAt: IsoDateTimeSchema,
  finishedAt: IsoDateTimeSchema,
  minutesEarly: v.number(),
  gift: v.array(CompensationSchema),
});

/** The customer-facing row of one timeline event. */
export const TimelineEventSchema = v.object({
  id: UuidSchema,
  visitId: UuidSchema,
  vehicleId: UuidSchema,
  kind: EventKindSchema,
  /** 1, 2, 3… in the order posted: the timeline's order on every device. */
  position: v.number(),
  at: IsoDateTimeSchema,
  note: v.nullable(v.string()),
  /** An English text staff gave beside the note (shared/words/bilingual.ts). */
  noteEn: v.optional(v.nullable(v.string()), null),
  staffName: v.string(),
  staffRole: StaffRoleSchema,
  /** Photos, thumbnails first (the health record's media view: thumbUrl, url). */
  media: v.array(MediaViewSchema),
  delay: v.nullable(DelayDetailsSchema),
  earlyFinish: v.nullable(EarlyFinishDetailsSchema),
});
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;

export const PromiseReasonSchema = v.picklist(['estimate', 'delay', 'early_finish']);
/** One entry of the promised time's history: what was promised, when, and why it changed. */
export const PromiseEntrySchema = v.object({
  setAt: IsoDateTimeSchema,
  readyAt: IsoDateTimeSchema,
  reason: PromiseReasonSchema,
  estimateMinutes: v.nullable(v.number()),
  note: v.nullable(v.string()),
  compensation: v.array(CompensationSchema),
});
export type PromiseEntry = v.InferOutput<typeof PromiseEntrySchema>;

/**
 * The customer-facing state of a visit in the workshop (entity 'visit_progress'). The visit's own record
 * (items, totals, warranty, before/after photos) is the health record's 'visit' row of the same id.
 */
export const VisitProgressSchema = v.object({
  visitId: UuidSchema,
  vehicleId: UuidSchema,
  title: v.string(),
  status: VisitStatusSchema,
  checkedInAt: IsoDateTimeSchema,
  readyAt: v.nullable(IsoDateTimeSchema),
  deliveredAt: v.nullable(IsoDateTimeSchema),
  advisorName: v.nullable(v.string()),
  /** The current promise (the last entry of `promiseHistory`), or null before an estimate. */
  promisedReadyAt: v.nullable(IsoDateTimeSchema),
  promiseHistory: v.array(PromiseEntrySchema),
  lastEventKind: v.nullable(EventKindSchema),
  lastEventAt: v.nullable(IsoDateTimeSchema),
});
export type VisitProgress = v.InferOutput<typeof VisitProgressSchema>;

// ---- staff inputs ----

const Note = v.optional(v.nullable(v.pipe(text(), v.trim(), v.maxLength(500, 'is too long'))), null);
const Minutes = v.pipe(
  v.number(),
  v.integer('must be whole minutes'),
  v.minValue(5, 'must be at least 5'),
  v.maxValue(7 * 24 * 60),
);

export const CheckInSchema = v.object({
  vehicleId: UuidSchema,
  title: v.pipe(text(), v.trim(), v.minLength(1, 'is required'), v.maxLength(80)),
  serviceCode: v.optional(v.nullable(v.pipe(text(), v.maxLength(40))), null),
  mileageKm: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2_000_000)),
  /** The technician's estimate of the work, in minutes; the promise is this × 1.3. */
  estimateMinutes: v.optional(v.nullable(Minutes), null),
  note: Note,
});
export type CheckIn = v.InferOutput<typeof CheckInSchema>;

/** The note's optional English text, for a customer who reads English. */
export const PostEventSchema = v.object({ kind: PostableKindSchema, note: Note, noteEn: Note });
export type PostEvent = v.InferOutput<typeof PostEventSchema>;

export const SetEstimateSchema = v.object({ estimateMinutes: Minutes, note: Note });

export const DelaySchema = v.object({
  /** The technician's new estimate of the remaining work; the new promise is this × 1.3 from now. */
  remainingMinutes: Minutes,
  reason: v.pipe(text(), v.trim(), v.minLength(1, 'is required'), v.maxLength(300, 'is too long')),
  compensation: v.optional(v.pipe(v.array(CompensationSchema), v.maxLength(COMPENSATIONS.length)), []),
});
export type Delay = v.InferOutput<typeof DelaySchema>;

export const EarlyFinishSchema = v.object({
  note: Note,
  gift: v.optional(v.pipe(v.array(CompensationSchema), v.maxLength(COMPENSATIONS.length)), EARLY_FINISH_GIFT),
});

export const EventParamSchema = v.object({ id: UuidSchema, eventId: UuidSchema });

/** One car on the advisor's board. `quiet` is the 30-minute rule (staff only, see quiet.ts). */
export const BoardRowSchema = v.object({
  visitId: UuidSchema,
  vehicleId: UuidSchema,
  plate: v.string(),
  model: v.string(),
  customerName: v.string(),
  /** The language the customer reads the app in: staff forms offer English texts for 'en'. */
  customerLocale: LocaleSchema,
  title: v.string(),
  status: VisitStatusSchema,
  checkedInAt: IsoDateTimeSchema,
  promisedReadyAt: v.nullable(IsoDateTimeSchema),
  lastEventKind: v.nullable(EventKindSchema),
  lastEventAt: v.nullable(IsoDateTimeSchema),
  quiet: v.boolean(),
  quietMinutes: v.number(),
  overdue: v.boolean(),
});
export type BoardRow = v.InferOutput<typeof BoardRowSchema>;

/** The board: the center's zone (times are shown in it) and its cars. */
export const BoardSchema = v.object({ timeZone: v.string(), rows: v.array(BoardRowSchema) });
export type Board = v.InferOutput<typeof BoardSchema>;

/** What the staff console shows for one visit: the customer's own view of it, plus the staff flags. */
export const StaffVisitSchema = v.object({
  timeZone: v.string(),
  row: BoardRowSchema,
  progress: VisitProgressSchema,
  events: v.array(TimelineEventSchema),
  delivery: v.nullable(DeliverySchema),
  /** The center's service types, for the next visit the advisor proposes. */
  services: v.array(v.object({ code: v.string(), nameZh: v.string(), nameEn: v.string() })),
});
export type StaffVisit = v.InferOutput<typeof StaffVisitSchema>;
