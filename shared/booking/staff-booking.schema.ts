/**
 * Staff booking payloads: the day per bay, published capacity exceptions, weekly bays and hours, and
 * a proposed next visit. "minute" counts minutes since the center's local midnight, so hours read
 * the same whatever the server's zone.
 */
import * as v from 'valibot';
import { text } from '../schema/text.ts';
import { IsoDateSchema, IsoDateTimeSchema, UuidSchema } from '../ids.ts';
import { LocalizedTextSchema } from '../notifications/notification.schema.ts';
import { BOOKING_STATUSES } from './booking.schema.ts';

const Minute = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1440));

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
    reason: v.pipe(text(), v.trim(), v.minLength(1, 'must say why'), v.maxLength(200)),
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
  note: v.pipe(text(), v.trim(), v.maxLength(300)),
  /** The note's optional English text, for a customer who reads English. */
  noteEn: v.optional(v.nullable(v.pipe(text(), v.trim(), v.maxLength(300))), null),
});
export type ProposeVisit = v.InferOutput<typeof ProposeVisitSchema>;
