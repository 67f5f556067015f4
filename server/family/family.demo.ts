/**
 * Seed 003, moment 12: 张先生's wife, 李女士, shares his Model 3 and may book for it (view + book, no
 * quote approvals). Run LAST: accepting copies the car's record as it then is into her mirror.
 */
import { createCustomer } from '../customers/customer.service.ts';
import type { Tx } from '../db/client.ts';
import type { CoreDemo } from '../demo/seed-core.ts';
import { DEMO_FAMILY_PHONE } from '../demo/demo.constants.ts';
import { copyToMember } from './family-mirror.ts';
import { familyInvitations, familyMembers } from './family.table.ts';
import { shareView } from './family.views.ts';

export async function seedFamily(tx: Tx, core: CoreDemo, now: Date) {
  const li = await createCustomer(tx, { centerId: core.centerId, phone: DEMO_FAMILY_PHONE, name: '李女士' });
  const since = new Date(now.getTime() - 30 * 24 * 3600_000);
  const [inv] = await tx
    .insert(familyInvitations)
    .values({
      vehicleId: core.model3.id,
      ownerId: core.zhang.id,
      phone: DEMO_FAMILY_PHONE,
      scope: 'book',
      status: 'accepted',
      createdAt: since,
      expiresAt: new Date(since.getTime() + 24 * 3600_000),
      endedAt: since,
      memberId: li.id,
    })
    .returning();
  const [member] = await tx
    .insert(familyMembers)
    .values({
      vehicleId: core.model3.id,
      ownerId: core.zhang.id,
      memberId: li.id,
      scope: 'book',
      approveLimitFen: 0,
      invitationId: inv!.id,
      createdAt: since,
    })
    .returning();
  await copyToMember(tx, core.zhang.id, shareView(member!, core.zhang.name), li.id);
  return { li, membershipId: member!.id };
}
