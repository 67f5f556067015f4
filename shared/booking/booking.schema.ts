/**
 * The `booking` and `booking_proposal` view rows mirrored to the device: the server publishes them
 * and the screens read only these, so both sides must agree on one shape.
 */
import * as v from 'valibot';
import { IsoDateTimeSchema, UuidSchema } from '../ids.ts';
import { LocalizedTextSchema } from '../notifications/notification.schema.ts';
import { RecommendationReasonSchema } from './slot.schema.ts';

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

/** `arrived`: the car was checked in on the booking's day (the visit takes over from there). */
export const BOOKING_STATUSES = ['confirmed', 'arrived', 'cancelled', 'completed'] as const;
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
  /** A loaner car was asked for (a membership benefit). */
  loaner: v.optional(v.boolean()),
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
  /** A family member who booked for the owner's shared vehicle ("由 李女士 预约"); absent or null: the owner. */
  bookedBy: v.optional(v.nullable(v.object({ customerId: UuidSchema, name: v.string() }))),
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
  /** An English text staff gave beside the note (shared/words/bilingual.ts). */
  noteEn: v.optional(v.nullable(v.string()), null),
  suggestedStartsAt: IsoDateTimeSchema,
  proposedBy: v.string(),
  status: v.picklist(['open', 'accepted', 'declined']),
  bookingId: v.nullable(UuidSchema),
  createdAt: IsoDateTimeSchema,
});
export type BookingProposal = v.InferOutput<typeof BookingProposalSchema>;
