import { maskPhone } from '@shared/auth/auth.schema.ts';
import type { FamilyInvitation, FamilyMember, FamilyShare } from '@shared/family/family.schema.ts';
import type { familyInvitations, familyMembers } from './family.table.ts';

type InvitationRow = typeof familyInvitations.$inferSelect;
type MemberRow = typeof familyMembers.$inferSelect;

export const invitationView = (r: InvitationRow): FamilyInvitation => ({
  id: r.id,
  vehicleId: r.vehicleId,
  phoneMasked: maskPhone(r.phone),
  scope: r.scope,
  approveLimitFen: r.approveLimitFen,
  status: r.status,
  createdAt: r.createdAt.toISOString(),
  expiresAt: r.expiresAt.toISOString(),
});

export const memberView = (r: MemberRow, who: { name: string; phone: string }): FamilyMember => ({
  id: r.id,
  vehicleId: r.vehicleId,
  name: who.name,
  phoneMasked: maskPhone(who.phone),
  scope: r.scope,
  approveLimitFen: r.approveLimitFen,
  since: r.createdAt.toISOString(),
});

export const shareView = (r: MemberRow, ownerName: string): FamilyShare => ({
  id: r.id,
  vehicleId: r.vehicleId,
  ownerName,
  scope: r.scope,
  approveLimitFen: r.approveLimitFen,
  since: r.createdAt.toISOString(),
});
