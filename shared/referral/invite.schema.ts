/**
 * The friend's invite page API (/api/invite/:code): what the page may know and send. No session;
 * the code in the link is the only key, and what comes back is the referrer's form of address,
 * the center and the offer — never the referrer's name, phone or id.
 */
import * as v from 'valibot';
import { IsoDateSchema, PhoneSchema } from '../ids.ts';
import { text } from '../schema/text.ts';
import { InviteServiceSchema, PartOfDaySchema } from './referral.schema.ts';

/** How many days ahead the friend may ask for (from tomorrow, in the center's zone). */
export const INVITE_DAYS_AHEAD = 30;
/** How long a verified phone may take to finish booking. */
export const INVITE_TICKET_TTL_MS = 30 * 60_000;

export const InvitePageSchema = v.object({
  /** 张先生: the referrer's family name and title, nothing else. */
  referrer: v.object({ zh: v.string(), en: v.string() }),
  center: v.object({ name: v.string(), nameEn: v.string(), phone: v.string(), timeZone: v.string() }),
  services: v.array(InviteServiceSchema),
  firstDate: IsoDateSchema,
  lastDate: IsoDateSchema,
});
export type InvitePage = v.InferOutput<typeof InvitePageSchema>;

export const InviteCodeRequestSchema = v.object({ phone: PhoneSchema });

/** How the friend asks to be addressed (李女士): shown to staff and, as typed, to the referrer. */
export const InviteeNameSchema = v.pipe(text(), v.trim(), v.minLength(1, 'is required'), v.maxLength(20));

export const InviteVerifySchema = v.object({
  name: InviteeNameSchema,
  phone: PhoneSchema,
  code: v.pipe(v.string(), v.regex(/^\d{6}$/, 'must be 6 digits')),
});

export const InviteBookingSchema = v.object({
  service: InviteServiceSchema,
  date: IsoDateSchema,
  partOfDay: PartOfDaySchema,
});
export type InviteBooking = v.InferOutput<typeof InviteBookingSchema>;

export const TicketSchema = v.pipe(v.string(), v.regex(/^[0-9a-f-]{36}\.\d{13}\.[\w-]{43}$/, 'is not a ticket'));

/**
 * After the code: either the friend may book (a ticket for it), or the invite earns nothing and the
 * page says so politely — their own link, or a phone that is already ours or already invited.
 */
export const InviteVerifiedSchema = v.variant('state', [
  v.object({ state: v.literal('verified'), ticket: TicketSchema }),
  v.object({ state: v.literal('booked'), ticket: TicketSchema, booking: InviteBookingSchema }),
  v.object({ state: v.picklist(['own_link', 'already_customer', 'already_invited']) }),
]);
export type InviteVerified = v.InferOutput<typeof InviteVerifiedSchema>;

export const InviteBookSchema = v.object({
  ticket: TicketSchema,
  service: InviteServiceSchema,
  date: IsoDateSchema,
  partOfDay: PartOfDaySchema,
});
export type InviteBook = v.InferOutput<typeof InviteBookSchema>;

export const InviteBookedSchema = v.object({ state: v.literal('booked'), booking: InviteBookingSchema });
export type InviteBooked = v.InferOutput<typeof InviteBookedSchema>;
