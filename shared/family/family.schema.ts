/**
 * Family access: an owner shares ONE vehicle with a family member, who is invited by phone and
 * accepts with a one-time code. The scope says what the member may do there: see the record, or
 * also book and approve quotes up to an amount (fen). Both sides validate with these schemas.
 */
import * as v from 'valibot';
import { IsoDateTimeSchema, PhoneSchema, UuidSchema } from '../ids.ts';
import { INT4_MAX } from '../schema/numbers.ts';

/** At most this many members share one vehicle (the owner not counted). */
export const FAMILY_MAX_MEMBERS = 5;
/** Pending invitations one vehicle may hold at once (abuse bound; accepting still stops at the member limit). */
export const FAMILY_MAX_PENDING = 10;
/** An invitation not accepted within a day lapses. */
export const FAMILY_INVITE_TTL_MS = 24 * 60 * 60 * 1000;

export const FamilyScopeSchema = v.picklist(['view', 'book']);
export type FamilyScope = v.InferOutput<typeof FamilyScopeSchema>;

export const InviteFamilySchema = v.object({
  vehicleId: UuidSchema,
  phone: PhoneSchema,
  scope: FamilyScopeSchema,
  /** Quotes the member may approve, up to this total (fen); 0 = none. Only with the 'book' scope. */
  approveLimitFen: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(INT4_MAX)), 0),
});
export type InviteFamily = v.InferOutput<typeof InviteFamilySchema>;

export const AcceptFamilySchema = v.object({ code: v.pipe(v.string(), v.regex(/^\d{6}$/, 'must be 6 digits')) });

/** What the owner sees of one invitation (the phone masked). */
export const FamilyInvitationSchema = v.object({
  id: UuidSchema,
  vehicleId: UuidSchema,
  phoneMasked: v.string(),
  scope: FamilyScopeSchema,
  approveLimitFen: v.number(),
  status: v.picklist(['pending', 'accepted', 'cancelled']),
  createdAt: IsoDateTimeSchema,
  expiresAt: IsoDateTimeSchema,
});
export type FamilyInvitation = v.InferOutput<typeof FamilyInvitationSchema>;

export const FamilyMemberSchema = v.object({
  id: UuidSchema,
  vehicleId: UuidSchema,
  name: v.string(),
  phoneMasked: v.string(),
  scope: FamilyScopeSchema,
  approveLimitFen: v.number(),
  since: IsoDateTimeSchema,
});
export type FamilyMember = v.InferOutput<typeof FamilyMemberSchema>;

/** The owner's "家人共享" section of one vehicle. */
export const VehicleFamilySchema = v.object({
  vehicleId: UuidSchema,
  members: v.array(FamilyMemberSchema),
  invitations: v.array(FamilyInvitationSchema),
  maxMembers: v.number(),
});
export type VehicleFamily = v.InferOutput<typeof VehicleFamilySchema>;

/** An invitation as the invitee sees it before accepting. */
export const IncomingInvitationSchema = v.object({
  id: UuidSchema,
  ownerName: v.string(),
  vehicle: v.object({ plate: v.string(), model: v.string() }),
  scope: FamilyScopeSchema,
  approveLimitFen: v.number(),
  expiresAt: IsoDateTimeSchema,
});
export type IncomingInvitation = v.InferOutput<typeof IncomingInvitationSchema>;
export const IncomingInvitationListSchema = v.array(IncomingInvitationSchema);

/**
 * Mirrored to the member's devices (entity `family_share`, id = the membership): the vehicle is
 * someone else's, shared with them, with this scope. Deleted when the access ends.
 */
export const FamilyShareSchema = v.object({
  id: UuidSchema,
  vehicleId: UuidSchema,
  ownerName: v.string(),
  scope: FamilyScopeSchema,
  approveLimitFen: v.number(),
  since: IsoDateTimeSchema,
});
export type FamilyShare = v.InferOutput<typeof FamilyShareSchema>;
