/** The staff console's view of referred friends (leads) and the conversion staff record. */
import * as v from 'valibot';
import { IsoDateSchema, IsoDateTimeSchema, UuidSchema } from '../ids.ts';
import { InviteeStatusSchema, InviteServiceSchema, PartOfDaySchema } from './referral.schema.ts';

export const StaffLeadSchema = v.object({
  id: UuidSchema,
  name: v.string(),
  /** Staff call the friend to confirm the day: the full number is theirs to see. */
  phone: v.string(),
  referrer: v.object({ id: UuidSchema, name: v.string() }),
  status: InviteeStatusSchema,
  service: v.nullable(InviteServiceSchema),
  preferredDate: v.nullable(IsoDateSchema),
  partOfDay: v.nullable(PartOfDaySchema),
  invitedAt: IsoDateTimeSchema,
  bookedAt: v.nullable(IsoDateTimeSchema),
  visitedAt: v.nullable(IsoDateTimeSchema),
  purchasedAt: v.nullable(IsoDateTimeSchema),
});
export type StaffLead = v.InferOutput<typeof StaffLeadSchema>;

export const MarkConversionSchema = v.object({ status: v.picklist(['visited', 'purchased']) });
export type MarkConversion = v.InferOutput<typeof MarkConversionSchema>;
