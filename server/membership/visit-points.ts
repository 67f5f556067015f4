/**
 * Points and tier follow a visit's payment (called by recordVisit / updateVisit in the same
 * transaction): a payment earns its lot once (idempotent by the visit id, whatever retries come);
 * a payment lowered (refunded in part) takes back the points the refunded part earned; a refund or a
 * cancelled payment (paid back to 0) reverses that earn and gives back any points redeemed at that
 * payment. A payment raised after its earn earns nothing more (left as it is: a correction upwards
 * is a staff adjustment with its reason). Either way the membership view is republished: the tier may have moved.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { lotExpiry, pointsForPayment } from '@shared/membership/tiers.ts';
import type { DbOrTx } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { pointsEntries } from './membership.table.ts';
import { publishMembership } from './membership.publish.ts';
import { customerCenter, settingsFor } from './membership.service.ts';
import { earnPoints, findEarn, reverseEntry, takeBackPart } from './points-ledger.ts';

/** What partial refunds have taken back from an earn's lot so far (negative or 0). */
async function takenBack(tx: DbOrTx, earnId: string): Promise<number> {
  const parts = await tx
    .select({ points: pointsEntries.points })
    .from(pointsEntries)
    .where(and(eq(pointsEntries.lotId, earnId), eq(pointsEntries.kind, 'reverse'), isNull(pointsEntries.reverses)));
  return parts.reduce((sum, p) => sum + p.points, 0);
}

export async function syncVisitPoints(tx: DbOrTx, visitId: string, now: Date) {
  const [visit] = await tx.select().from(visits).where(eq(visits.id, visitId));
  if (!visit) return;
  const c = await customerCenter(tx, visit.customerId);
  if (!c) return;
  const settings = await settingsFor(tx, c.centerId);
  if (visit.paidFen > 0 && visit.paidAt && visit.paymentMethod !== 'warranty') {
    const points = pointsForPayment(visit.paidFen, settings);
    const earned = await findEarn(tx, visit.customerId, 'visit', visit.id);
    if (earned) {
      // Refunded in part: the lot keeps what the amount still paid earns (what was spent stays spent).
      const kept = earned.points + (await takenBack(tx, earned.id));
      if (points < kept) {
        await takeBackPart(
          tx,
          visit.customerId,
          earned.id,
          kept - points,
          now,
          `refund:${visit.id}:${visit.paidFen}`,
          'partial refund',
        );
      }
    } else if (points > 0) {
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
