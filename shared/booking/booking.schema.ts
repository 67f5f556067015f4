/**
 * Booking contracts shared by the server and the web: the free-slot answer, the `booking` and
 * `booking_proposal` view rows mirrored to the device, the mutation arguments, and the staff
 * capacity payloads. Times are UTC ISO strings; "date" is the center's local YYYY-MM-DD and
 * "minute" counts minutes since the center's local midnight.
 */
import * as v from 'valibot';
import { IsoDateSchema, IsoDateTimeSchema, UuidSchema } from '../ids.ts';
import { LocalizedTextSchema } from '../notifications/notification.schema.ts';

export const PART_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export const PartOfDaySchema = v.picklist(PART_OF_DAY);
export type PartOfDay = v.InferOutput<typeof PartOfDaySchema>;

const Minute = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1440));
const Weekday = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6));

export const SlotSchema = v.object({
  startsAt: IsoDateTimeSchema,
  endsAt: IsoDateTimeSchema,
  /** Bays free for the whole duration of the service. */
  free: v.number(),
  /** Bays in service at that time. */
  capacity: v.number(),
});
export type Slot = v.InferOutput<typeof SlotSchema>;

export const DaySlotsSchema = v.object({
  date: IsoDateSchema,
  closed: v.boolean(),
  /** Why the center is closed or short of bays that day (staff's words), or null. */
  note: v.nullable(v.string()),
  slots: v.array(SlotSchema),
});
export type DaySlots = v.InferOutput<typeof DaySlotsSchema>;

/** Why a slot is recommended; the web turns it into words ("您通常周六上午来，这个时段等待最少"). */
export const RecommendationReasonSchema = v.object({
  /** The customer's habit this slot matches (weekday 0 = Sunday), or null. */
  habit: v.nullable(v.object({ weekday: Weekday, part: PartOfDaySchema })),
  /** One of the least crowded times around. */
  quiet: v.boolean(),
  /** The earliest free time. */
  soonest: v.boolean(),
});
export type RecommendationReason = v.InferOutput<typeof RecommendationReasonSchema>;

export const RecommendationSchema = v.object({ ...SlotSchema.entries, reason: RecommendationReasonSchema });
export type Recommendation = v.InferOutput<typeof RecommendationSchema>;

export const SlotsQuerySchema = v.object({
  serviceTypeId: UuidSchema,
  from: v.optional(IsoDateSchema),
  days: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,2}$/, 'must be a whole number'),
      v.transform(Number),
      v.minValue(1),
      v.maxValue(31),
    ),
  ),
});

export const SlotsResponseSchema = v.object({
  timeZone: v.string(),
  serviceTypeId: UuidSchema,
  durationMinutes: v.number(),
  days: v.array(DaySlotsSchema),
  recommended: v.array(RecommendationSchema),
});
export type SlotsResponse = v.InferOutput<typeof SlotsResponseSchema>;

/** The details of a `slot_taken` refusal: the nearest free times for the same service. */
export const SlotTakenDetailsSchema = v.object({ alternatives: v.array(SlotSchema) });
export type SlotTakenDetails = v.InferOutput<typeof SlotTakenDetailsSchema>;

export const DOCUMENT_CODES = ['driving_license', 'car_key', 'service_notes'] as const;
export const PREPARE_CODES = [
  'bay_reserved',
  'parts_ready',
  'issues_briefed',
  'lounge_ready',
  'brake_tools',
  'diagnostic_tools',
] as const;

export const ChecklistSchema = v.object({
  /** What to bring (codes the web puts into words). */
  documents: v.array(v.picklist(DOCUMENT_CODES)),
  /** The issues the customer typed, one per line, so they see them taken seriously. */
  issues: v.array(v.string()),
  /** What the center prepares before the customer arrives. */
  centerPrepares: v.array(v.picklist(PREPARE_CODES)),
});
export type Checklist = v.InferOutput<typeof ChecklistSchema>;

export const BOOKING_STATUSES = ['confirmed', 'cancelled', 'completed'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** The `booking` view row (scope: the vehicle id). */
export const BookingSchema = v.object({
  id: UuidSchema,
  vehicleId: UuidSchema,
  vehicle: v.object({ plate: v.string(), model: v.string() }),
  serviceTypeId: UuidSchema,
  serviceCode: v.string(),
  serviceName: LocalizedTextSchema,
  durationMinutes: v.number(),
  startsAt: IsoDateTimeSchema,
  endsAt: IsoDateTimeSchema,
  status: v.picklist(BOOKING_STATUSES),
  bay: v.number(),
  issues: v.string(),
  advisorName: v.nullable(v.string()),
  center: v.object({
    name: v.string(),
    nameEn: v.string(),
    address: v.string(),
    addressEn: v.string(),
    phone: v.string(),
    timeZone: v.string(),
  }),
  checklist: ChecklistSchema,
  reason: v.nullable(RecommendationReasonSchema),
  proposalId: v.nullable(UuidSchema),
  createdAt: IsoDateTimeSchema,
  cancelledAt: v.nullable(IsoDateTimeSchema),
});
export type Booking = v.InferOutput<typeof BookingSchema>;

/** The `booking_proposal` view row: a next visit the advisor suggests ("brake check in 3 months"). */
export const BookingProposalSchema = v.object({
  id: UuidSchema,
  vehicleId: UuidSchema,
  vehicle: v.object({ plate: v.string(), model: v.string() }),
  serviceTypeId: UuidSchema,
  serviceCode: v.string(),
  serviceName: LocalizedTextSchema,
  note: v.string(),
  suggestedStartsAt: IsoDateTimeSchema,
  proposedBy: v.string(),
  status: v.picklist(['open', 'accepted', 'declined']),
  bookingId: v.nullable(UuidSchema),
  createdAt: IsoDateTimeSchema,
});
export type BookingProposal = v.InferOutput<typeof BookingProposalSchema>;

export const ISSUES_MAX = 500;
const Issues = v.pipe(v.string(), v.maxLength(ISSUES_MAX, `must be at most ${ISSUES_MAX} characters`));

/** booking.create: the id is made on the device, so the optimistic row and the server row are one. */
export const CreateBookingArgsSchema = v.object({
  id: UuidSchema,
  vehicleId: UuidSchema,
  serviceTypeId: UuidSchema,
  startsAt: IsoDateTimeSchema,
  issues: Issues,
  reason: v.optional(v.nullable(RecommendationReasonSchema)),
  proposalId: v.optional(UuidSchema),
});
export type CreateBookingArgs = v.InferOutput<typeof CreateBookingArgsSchema>;

export const RescheduleBookingArgsSchema = v.object({ id: UuidSchema, startsAt: IsoDateTimeSchema });
export type RescheduleBookingArgs = v.InferOutput<typeof RescheduleBookingArgsSchema>;

export const CancelBookingArgsSchema = v.object({ id: UuidSchema });
export type CancelBookingArgs = v.InferOutput<typeof CancelBookingArgsSchema>;

/** One tap: book the proposal's suggested time under a device-made booking id. */
export const AcceptProposalArgsSchema = v.object({ proposalId: UuidSchema, bookingId: UuidSchema });
export type AcceptProposalArgs = v.InferOutput<typeof AcceptProposalArgsSchema>;

export const DeclineProposalArgsSchema = v.object({ proposalId: UuidSchema });
export type DeclineProposalArgs = v.InferOutput<typeof DeclineProposalArgsSchema>;

// ---- staff ----

export const EXCEPTION_KINDS = ['closed', 'bay_out', 'hours'] as const;

/** A published exception to the weekly capacity: a holiday, a bay out of service, special hours. */
export const CapacityExceptionInputSchema = v.pipe(
  v.object({
    date: IsoDateSchema,
    kind: v.picklist(EXCEPTION_KINDS),
    /** bay_out: which bay (1-based). */
    bay: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99))),
    /** bay_out: the part of the day (whole day when absent); hours: the opening and closing minute. */
    fromMinute: v.optional(Minute),
    toMinute: v.optional(Minute),
    reason: v.pipe(v.string(), v.trim(), v.minLength(1, 'must say why'), v.maxLength(200)),
  }),
  v.check((e) => e.kind !== 'bay_out' || e.bay !== undefined, 'bay_out needs the bay'),
  v.check(
    (e) => e.kind !== 'hours' || (e.fromMinute !== undefined && e.toMinute !== undefined),
    'hours needs fromMinute and toMinute',
  ),
  v.check(
    (e) => e.fromMinute === undefined || e.toMinute === undefined || e.fromMinute < e.toMinute,
    'fromMinute must be before toMinute',
  ),
);
export type CapacityExceptionInput = v.InferOutput<typeof CapacityExceptionInputSchema>;

export const CapacityExceptionSchema = v.object({
  id: UuidSchema,
  date: IsoDateSchema,
  kind: v.picklist(EXCEPTION_KINDS),
  bay: v.nullable(v.number()),
  fromMinute: v.nullable(v.number()),
  toMinute: v.nullable(v.number()),
  reason: v.string(),
});
export type CapacityException = v.InferOutput<typeof CapacityExceptionSchema>;

export const DayQuerySchema = v.object({ date: IsoDateSchema });

export const StaffBookingSchema = v.object({
  id: UuidSchema,
  bay: v.number(),
  startsAt: IsoDateTimeSchema,
  endsAt: IsoDateTimeSchema,
  status: v.picklist(BOOKING_STATUSES),
  customerId: UuidSchema,
  customerName: v.string(),
  phoneMasked: v.string(),
  plate: v.string(),
  model: v.string(),
  serviceName: LocalizedTextSchema,
  issues: v.string(),
});
export type StaffBooking = v.InferOutput<typeof StaffBookingSchema>;

export const StaffDaySchema = v.object({
  date: IsoDateSchema,
  timeZone: v.string(),
  bays: v.number(),
  open: v.nullable(v.number()),
  close: v.nullable(v.number()),
  exceptions: v.array(CapacityExceptionSchema),
  bookings: v.array(StaffBookingSchema),
});
export type StaffDay = v.InferOutput<typeof StaffDaySchema>;

export const WeeklyCapacitySchema = v.object({
  bays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99)),
  openingHours: v.pipe(
    v.array(v.nullable(v.object({ open: Minute, close: Minute }))),
    v.length(7, 'must list 7 weekdays'),
    v.check((h) => h.every((d) => d === null || d.open < d.close), 'open must be before close'),
  ),
});
export type WeeklyCapacity = v.InferOutput<typeof WeeklyCapacitySchema>;

export const ServiceDurationSchema = v.object({
  durationMinutes: v.pipe(v.number(), v.integer(), v.minValue(15), v.maxValue(600)),
});

export const ProposeVisitSchema = v.object({
  customerId: UuidSchema,
  vehicleId: UuidSchema,
  serviceTypeId: UuidSchema,
  suggestedStartsAt: IsoDateTimeSchema,
  note: v.pipe(v.string(), v.trim(), v.maxLength(300)),
});
export type ProposeVisit = v.InferOutput<typeof ProposeVisitSchema>;
