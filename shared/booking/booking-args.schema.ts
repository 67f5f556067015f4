/**
 * Arguments of the customer's booking mutations (queued in the device outbox, checked again by the
 * push): ids are made on the device, so the optimistic row and the server row are one.
 */
import * as v from 'valibot';
import { text } from '../schema/text.ts';
import { IsoDateTimeSchema, UuidSchema } from '../ids.ts';
import { RecommendationReasonSchema } from './slot.schema.ts';

export const ISSUES_MAX = 500;
const Issues = v.pipe(text(), v.maxLength(ISSUES_MAX, `must be at most ${ISSUES_MAX} characters`));

/** booking.create: the id is made on the device, so the optimistic row and the server row are one. */
export const CreateBookingArgsSchema = v.object({
  id: UuidSchema,
  vehicleId: UuidSchema,
  serviceTypeId: UuidSchema,
  startsAt: IsoDateTimeSchema,
  issues: Issues,
  reason: v.optional(v.nullable(RecommendationReasonSchema)),
  proposalId: v.optional(UuidSchema),
  /** Ask for a loaner car: refused unless the customer's tier has the benefit. */
  loaner: v.optional(v.boolean()),
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
