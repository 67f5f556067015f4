import * as v from 'valibot';
import { text } from '../schema/text.ts';
import { PhoneSchema, UuidSchema } from '../ids.ts';

export const OTP_LENGTH = 6;
export const OTP_TTL_MS = 10 * 60_000;
export const OTP_MAX_ATTEMPTS = 5;
/** Sends allowed per phone number and per IP address within SEND_WINDOW_MS. */
export const OTP_SENDS_PER_PHONE = 5;
export const OTP_SENDS_PER_IP = 20;
export const OTP_SEND_WINDOW_MS = 60 * 60_000;
export const SESSION_TTL_MS = 30 * 24 * 60 * 60_000;

export const STAFF_ROLES = ['advisor', 'technician', 'manager'] as const;
export const StaffRoleSchema = v.picklist(STAFF_ROLES);
export type StaffRole = v.InferOutput<typeof StaffRoleSchema>;

export const RequestCodeSchema = v.object({ phone: PhoneSchema });
export const VerifyCodeSchema = v.object({
  phone: PhoneSchema,
  code: v.pipe(v.string(), v.regex(/^\d{6}$/, 'must be 6 digits')),
});
export const StaffSignInSchema = v.object({
  username: v.pipe(text(), v.trim(), v.minLength(1, 'is required'), v.maxLength(64)),
  password: v.pipe(text(), v.minLength(1, 'is required'), v.maxLength(200)),
});

export const CustomerMeSchema = v.object({
  kind: v.literal('customer'),
  id: UuidSchema,
  name: v.string(),
  phoneMasked: v.string(),
});
export const StaffMeSchema = v.object({
  kind: v.literal('staff'),
  id: UuidSchema,
  name: v.string(),
  role: StaffRoleSchema,
});
export const MeSchema = v.variant('kind', [CustomerMeSchema, StaffMeSchema]);
export type Me = v.InferOutput<typeof MeSchema>;
export type CustomerMe = v.InferOutput<typeof CustomerMeSchema>;
export type StaffMe = v.InferOutput<typeof StaffMeSchema>;

export const CodeSentSchema = v.object({
  sent: v.boolean(),
  expiresInSeconds: v.number(),
  demoCode: v.optional(v.string()),
});
export const DemoInfoSchema = v.object({ demo: v.boolean(), customerPhone: v.optional(v.string()) });

/** "13800138000" → "138****8000": enough to recognise, not to reuse. */
export const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;
