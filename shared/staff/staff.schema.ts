import * as v from 'valibot';
import { text } from '../schema/text.ts';
import { PhoneSchema, UuidSchema } from '../ids.ts';
import { StaffRoleSchema } from '../auth/auth.schema.ts';
import { VehicleSchema } from '../vehicles/vehicle.schema.ts';
import { LocaleSchema } from '../settings/preferences.schema.ts';

export const CustomerSearchQuerySchema = v.object({
  q: v.pipe(text(), v.trim(), v.minLength(2, 'needs at least 2 characters'), v.maxLength(40)),
});

export const CustomerCardSchema = v.object({
  id: UuidSchema,
  name: v.string(),
  phone: v.string(),
  phoneMasked: v.string(),
  /** The language the customer reads the app in: staff forms offer English texts for 'en'. */
  locale: LocaleSchema,
  vehicles: v.array(VehicleSchema),
});
export type CustomerCard = v.InferOutput<typeof CustomerCardSchema>;

export const CreateCustomerSchema = v.object({
  phone: PhoneSchema,
  name: v.pipe(text(), v.trim(), v.minLength(1, 'is required'), v.maxLength(40)),
});

export const TeamMemberSchema = v.object({
  id: UuidSchema,
  name: v.string(),
  role: StaffRoleSchema,
  username: v.string(),
});
