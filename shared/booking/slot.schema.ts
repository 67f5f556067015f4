/**
 * What the slot picker reads: free slots, recommendations with their reasons, and the nearest free
 * times a slot_taken refusal carries. Times are UTC ISO strings; "date" is the center's local
 * YYYY-MM-DD, so the device never has to guess the center's zone.
 */
import * as v from 'valibot';
import { IsoDateSchema, IsoDateTimeSchema, UuidSchema } from '../ids.ts';

export const PART_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export const PartOfDaySchema = v.picklist(PART_OF_DAY);
export type PartOfDay = v.InferOutput<typeof PartOfDaySchema>;

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
  /** The last local date this customer may book, and how many days of it come from their tier (priority booking). */
  lastDate: v.optional(v.string()),
  priorityDays: v.optional(v.number()),
});
export type SlotsResponse = v.InferOutput<typeof SlotsResponseSchema>;

/** The details of a `slot_taken` refusal: the nearest free times for the same service. */
export const SlotTakenDetailsSchema = v.object({ alternatives: v.array(SlotSchema) });
export type SlotTakenDetails = v.InferOutput<typeof SlotTakenDetailsSchema>;
