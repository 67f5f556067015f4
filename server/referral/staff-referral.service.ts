/** The center's referred friends, newest first, for the staff console. */
import { desc, eq } from 'drizzle-orm';
import type { StaffLead } from '@shared/referral/staff-referral.schema.ts';
import { customers } from '../customers/customer.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { referralLeads } from './referral.table.ts';
import { inviteeView } from './referral.views.ts';

type LeadRow = typeof referralLeads.$inferSelect;

export const staffLeadView = (r: LeadRow, referrerName: string): StaffLead => {
  const { id, name, status, service, preferredDate, partOfDay, invitedAt, bookedAt, visitedAt, purchasedAt } =
    inviteeView(r);
  return {
    id,
    name,
    phone: r.phone,
    referrer: { id: r.referrerId, name: referrerName },
    status,
    service,
    preferredDate,
    partOfDay,
    invitedAt,
    bookedAt,
    visitedAt,
    purchasedAt,
  };
};

export async function listLeads(db: DbOrTx, centerId: string): Promise<StaffLead[]> {
  const rows = await db
    .select({ lead: referralLeads, referrerName: customers.name })
    .from(referralLeads)
    .innerJoin(customers, eq(customers.id, referralLeads.referrerId))
    .where(eq(referralLeads.centerId, centerId))
    .orderBy(desc(referralLeads.invitedAt))
    .limit(500);
  return rows.map((r) => staffLeadView(r.lead, r.referrerName));
}

export async function referrerName(db: DbOrTx, customerId: string) {
  const [row] = await db.select({ name: customers.name }).from(customers).where(eq(customers.id, customerId));
  return row?.name ?? '';
}
