/** The member discount the server puts on a quote: computed here, never taken from the client. */
import { type MemberDiscount, maintenanceDiscount } from '@shared/membership/discount.ts';
import type { DbOrTx } from '../db/client.ts';
import { standingOf } from './membership.service.ts';

type Line = { key: string; serviceCode: string | null; partsFen: number; labourFen: number };

export async function quoteDiscount(
  db: DbOrTx,
  customerId: string,
  lines: readonly Line[],
  at: Date,
): Promise<MemberDiscount | null> {
  const s = await standingOf(db, customerId, at);
  return s ? maintenanceDiscount(s.tier, lines) : null;
}
