import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, instant } from '../db/columns.ts';
import { customers } from '../customers/customer.table.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';

const SCOPES = ['view', 'book'] as const;

/** An owner's invitation of a phone number to one vehicle; accepted with a texted code within a day. */
export const familyInvitations = pgTable(
  'family_invitation',
  {
    id: idColumn(),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => customers.id),
    phone: text('phone').notNull(),
    scope: text('scope', { enum: SCOPES }).notNull(),
    approveLimitFen: integer('approve_limit_fen').notNull().default(0),
    status: text('status', { enum: ['pending', 'accepted', 'cancelled'] })
      .notNull()
      .default('pending'),
    createdAt: createdAtColumn(),
    expiresAt: instant('expires_at').notNull(),
    endedAt: instant('ended_at'),
    memberId: uuid('member_id'),
  },
  (t) => [index('family_invitation_vehicle_idx').on(t.vehicleId), index('family_invitation_phone_idx').on(t.phone)],
);

/**
 * A customer's access to someone else's vehicle. Ended rows stay (revoked / left) so a queued action
 * from the former member is refused with the reason in words instead of a bare "not found".
 */
export const familyMembers = pgTable(
  'family_member',
  {
    id: idColumn(),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => customers.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => customers.id),
    scope: text('scope', { enum: SCOPES }).notNull(),
    approveLimitFen: integer('approve_limit_fen').notNull().default(0),
    status: text('status', { enum: ['active', 'revoked', 'left'] })
      .notNull()
      .default('active'),
    invitationId: uuid('invitation_id'),
    createdAt: createdAtColumn(),
    endedAt: instant('ended_at'),
  },
  (t) => [
    index('family_member_vehicle_idx').on(t.vehicleId),
    index('family_member_member_idx').on(t.memberId),
    // One live membership per (vehicle, member): a second accept can never add the same person twice.
    uniqueIndex('family_member_active_uq').on(t.vehicleId, t.memberId).where(sql`status = 'active'`),
  ],
);
