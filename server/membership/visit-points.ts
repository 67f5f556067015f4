/**
 * Points and tier follow a visit's payment (called by recordVisit / updateVisit in the same
 * transaction): a payment earns its lot once (idempotent by the visit id, whatever retries come);
 * a refund or a cancelled payment (paid back to 0) reverses that earn and gives back any points
 * redeemed at that payment. Either way the membership view is republished: the tier may have moved.
 */
import { eq } from 'drizzle-orm';
import { lotExpiry, pointsForPayment } from '@shared/membership/tiers.ts';
import type { DbOrTx } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { pointsEntries } from './membership.table.ts';
import { publishMembership } from './membership.publish.ts';
import { customerCenter, settingsFor } from './membership.service.ts';
import { earnPoints, findEarn, reverseEntry } from './points-ledger.ts';

export async function syncVisitPoints(tx: DbOrTx, visitId: string, now: Date) {
  const [visit] = await tx.select().from(visits).where(eq(visits.id, visitId));
  if (!visit) return;
  const c = await customerCenter(tx, visit.customerId);
  if (!c) return;
  const settings = await settingsFor(tx, c.centerId);
  if (visit.paidFen > 0 && visit.paidAt && visit.paymentMethod !== 'warranty') {
    const points = pointsForPayment(visit.paidFen, settings);
    if (points > 0) {
      // The lot dates from the payment, so its expiry does too.
      await earnPoints(
        tx,
        {
          customerId: visit.customerId,
          source: 'visit',
          sourceId: visit.id,
          points,
          expiresAt: lotExpiry(visit.paidAt, settings.pointsLifeMonths, c.timeZone),
        },
        visit.paidAt < now ? visit.paidAt : now,
      );
    }
  } else {
    const earn = await findEarn(tx, visit.customerId, 'visit', visit.id);
    if (earn) await reverseEntry(tx, visit.customerId, earn.id, now, 'refund');
    const spends = await tx
      .select()
      .from(pointsEntries)
      .where(eq(pointsEntries.idemKey, `spend:redemption:${visit.id}`));
    for (const s of spends) await reverseEntry(tx, visit.customerId, s.id, now, 'payment cancelled');
  }
  await publishMembership(tx, visit.customerId, now);
}
