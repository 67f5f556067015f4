/**
 * The `deferral` view row: a line the customer put off becomes a follow-up they can act on later in
 * Booking, so the device and the staff console read the same shape.
 */
import * as v from 'valibot';
import { UuidSchema } from '../ids.ts';

export const DeferralSchema = v.object({
  id: UuidSchema,
  quoteId: UuidSchema,
  vehicleId: UuidSchema,
  lineKey: UuidSchema,
  title: v.string(),
  totalFen: v.number(),
  dueAt: v.string(),
  /** A proposed booking (within two weeks) or a reminder (later). */
  kind: v.picklist(['booking', 'reminder']),
  status: v.picklist(['proposed', 'booked', 'dismissed']),
  /** The booking proposal made for it: the customer accepts it with one tap in Booking. */
  proposalId: v.nullable(UuidSchema),
  createdAt: v.string(),
});
export type Deferral = v.InferOutput<typeof DeferralSchema>;
