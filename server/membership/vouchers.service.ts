/**
 * Vouchers in the customer's wallet (beside the points): granted by a delay's compensation or an early
 * finish's gift (seed 003), listed on the Me tab, used once at a later payment.
 *
 * A grant is idempotent by (event, compensation) through the unique idemKey. A use is one conditional
 * UPDATE (`used_at is null and expires_at > now`): of two payments racing for one voucher exactly one
 * row is updated, the other sees none and is refused — no read-then-write window to race in.
 */
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import { VOUCHER_FOR, type VoucherView, voucherExpiry } from '@shared/membership/vouchers.ts';
import type { Compensation } from '@shared/timeline/timeline.schema.ts';
import { publishBill } from '../billing/bill.publish.ts';
import type { DbOrTx } from '../db/client.ts';
import { findCenterVisit } from '../health-record/health-record.service.ts';
import { publishMembership } from './membership.publish.ts';
import { customerCenter } from './membership.service.ts';
import { vouchers } from './voucher.table.ts';
import { voucherView } from './voucher-views.ts';

type Visit = { id: string; customerId: string };

/** Gives the vouchers among `items` (once per event and kind, whatever retries come). */
export async function grantVouchers(
  tx: DbOrTx,
  visit: Visit,
  items: readonly Compensation[],
  source: 'delay' | 'early_finish',
  eventId: string,
  now: Date,
) {
  const c = await customerCenter(tx, visit.customerId);
  let granted = 0;
  for (const item of new Set(items)) {
    const spec = VOUCHER_FOR[item];
    if (!spec || !c) continue;
    const rows = await tx
      .insert(vouchers)
      .values({
        customerId: visit.customerId,
        kind: spec.kind,
        valueFen: spec.valueFen,
        source,
        sourceVisitId: visit.id,
        idemKey: `voucher:${eventId}:${item}`,
        issuedAt: now,
        expiresAt: voucherExpiry(now, spec.lifeDays, c.timeZone),
      })
      .onConflictDoNothing({ target: vouchers.idemKey })
      .returning({ id: vouchers.id });
    granted += rows.length;
  }
  if (granted > 0) await publishMembership(tx, visit.customerId, now);
  return granted;
}

/** The usable vouchers of a visit's customer, for the staff payment step. */
export async function usableForVisit(db: DbOrTx, centerId: string, visitId: string, now: Date) {
  const visit = await findCenterVisit(db, centerId, visitId);
  if (!visit) return null;
  const rows = await db
    .select()
    .from(vouchers)
    .where(and(eq(vouchers.customerId, visit.customerId), isNull(vouchers.usedAt), gt(vouchers.expiresAt, now)))
    .orderBy(asc(vouchers.expiresAt), asc(vouchers.id));
  return rows.map(voucherView);
}

/**
 * Uses a voucher at a visit's payment. Again on the same visit is a no-op (a retried request); on
 * another visit, expired, or not the visit's customer's own (not found) it is refused.
 */
export async function useVoucher(
  tx: DbOrTx,
  staff: { centerId: string; staffId: string },
  visitId: string,
  voucherId: string,
  now: Date,
): Promise<Result<{ voucher: VoucherView; created: boolean }>> {
  const visit = await findCenterVisit(tx, staff.centerId, visitId);
  if (!visit) return err('not_found', 'No such visit.');
  const [taken] = await tx
    .update(vouchers)
    .set({ usedAt: now, usedVisitId: visit.id, usedById: staff.staffId })
    .where(
      and(
        eq(vouchers.id, voucherId),
        eq(vouchers.customerId, visit.customerId),
        isNull(vouchers.usedAt),
        gt(vouchers.expiresAt, now),
      ),
    )
    .returning();
  if (taken) {
    await publishBill(tx, visit.id);
    await publishMembership(tx, visit.customerId, now);
    return ok({ voucher: voucherView(taken), created: true });
  }
  const [row] = await tx
    .select()
    .from(vouchers)
    .where(and(eq(vouchers.id, voucherId), eq(vouchers.customerId, visit.customerId)));
  if (!row) return err('not_found', 'No such voucher.');
  if (row.usedVisitId === visit.id) return ok({ voucher: voucherView(row), created: false });
  if (row.usedAt) return err('conflict', 'This voucher was already used.', { usedAt: row.usedAt.toISOString() });
  return err('gone', 'This voucher has expired.', { expiresAt: row.expiresAt.toISOString() });
}
