/**
 * Staff mark a referred friend's progress: visited (their first visit happened) and purchased.
 * Status only moves forward; marking the same status again changes nothing. The first time a friend
 * comes counts for the referrer's reward levels of that calendar year.
 */
import { and, eq } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import { statusRank } from '@shared/referral/referral.schema.ts';
import { centers } from '../center/center.table.ts';
import type { Tx } from '../db/client.ts';
import { referralLeads } from './referral.table.ts';
import { grantLevels } from './referral-rewards.service.ts';
import { publishInvitee } from './referral.views.ts';

type LeadRow = typeof referralLeads.$inferSelect;

export async function markConversion(
  tx: Tx,
  input: { centerId: string; leadId: string; status: 'visited' | 'purchased'; now: Date },
): Promise<Result<LeadRow>> {
  const [lead] = await tx
    .select()
    .from(referralLeads)
    .where(and(eq(referralLeads.id, input.leadId), eq(referralLeads.centerId, input.centerId)))
    .for('update');
  if (!lead) return err('not_found');
  if (statusRank(input.status) === statusRank(lead.status)) return ok(lead);
  if (statusRank(input.status) < statusRank(lead.status))
    return err('conflict', `This friend is already marked ${lead.status}.`);
  const firstTime = lead.convertedAt === null;
  const [row] = await tx
    .update(referralLeads)
    .set({
      status: input.status,
      ...(input.status === 'visited' ? { visitedAt: input.now } : { purchasedAt: input.now }),
      ...(firstTime ? { convertedAt: input.now } : {}),
    })
    .where(eq(referralLeads.id, lead.id))
    .returning();
  await publishInvitee(tx, row!);
  if (firstTime) {
    const [center] = await tx
      .select({ timeZone: centers.timeZone })
      .from(centers)
      .where(eq(centers.id, input.centerId));
    await grantLevels(tx, { referrerId: lead.referrerId, leadId: lead.id, at: input.now, timeZone: center!.timeZone });
  }
  return ok(row!);
}
