/** Vouchers as the customer's wallet and the staff payment step show them. */
import { asc, eq } from 'drizzle-orm';
import type { VoucherView } from '@shared/membership/vouchers.ts';
import type { DbOrTx } from '../db/client.ts';
import { vouchers } from './voucher.table.ts';

type VoucherRow = typeof vouchers.$inferSelect;
export const voucherView = (r: VoucherRow): VoucherView => ({
  id: r.id,
  kind: r.kind as VoucherView['kind'],
  valueFen: r.valueFen,
  source: r.source as VoucherView['source'],
  issuedAt: r.issuedAt.toISOString(),
  expiresAt: r.expiresAt.toISOString(),
  usedAt: r.usedAt?.toISOString() ?? null,
  usedVisitId: r.usedVisitId,
});

/** The wallet: every voucher of the customer, soonest expiry first (the screen splits usable from past). */
export async function walletVouchers(db: DbOrTx, customerId: string): Promise<VoucherView[]> {
  const rows = await db
    .select()
    .from(vouchers)
    .where(eq(vouchers.customerId, customerId))
    .orderBy(asc(vouchers.expiresAt), asc(vouchers.id))
    .limit(50);
  return rows.map(voucherView);
}
