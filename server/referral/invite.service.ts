/**
 * The friend's side of a referral: the invite page's answer, and the phone check that turns a
 * friend into a lead. Only a verified phone is told whether it earns anything (own link, already a
 * customer, already invited), so the page cannot be used to test whose number is whose.
 */
import { and, eq } from 'drizzle-orm';
import { addDays, zonedDate } from '@shared/time.ts';
import { err, ok, type Result } from '@shared/errors.ts';
import { INVITE_DAYS_AHEAD, type InvitePage, type InviteVerified } from '@shared/referral/invite.schema.ts';
import { addressOf, INVITE_SERVICES } from '@shared/referral/referral.schema.ts';
import { verifyCode } from '../auth/otp.service.ts';
import { centers } from '../center/center.table.ts';
import { customers } from '../customers/customer.table.ts';
import { findCenterCustomerByPhone } from '../customers/customer.service.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import type { AppDeps } from '../http/context.ts';
import { makeTicket } from './invite-ticket.ts';
import { findLinkByCode } from './referral-link.service.ts';
import { referralLeads, type referralLinks } from './referral.table.ts';
import { publishInvitee } from './referral.views.ts';

type LinkRow = typeof referralLinks.$inferSelect;

/** The link and the referrer's center; null for a code no one has. */
export async function linkWithCenter(db: DbOrTx, code: string) {
  const link = await findLinkByCode(db, code);
  if (!link) return null;
  const [row] = await db
    .select({ center: centers, referrerPhone: customers.phone })
    .from(customers)
    .innerJoin(centers, eq(centers.id, customers.centerId))
    .where(eq(customers.id, link.customerId));
  return row ? { link, center: row.center, referrerPhone: row.referrerPhone } : null;
}

/** The days the friend may choose from: tomorrow to INVITE_DAYS_AHEAD days on, in the center's zone. */
export function bookableDays(now: Date, timeZone: string) {
  const today = zonedDate(now, timeZone);
  return { firstDate: addDays(today, 1), lastDate: addDays(today, INVITE_DAYS_AHEAD) };
}

export function invitePage(link: LinkRow, center: typeof centers.$inferSelect, now: Date): InvitePage {
  return {
    referrer: { zh: addressOf(link.familyName, link.title, 'zh'), en: addressOf(link.familyName, link.title, 'en') },
    center: { name: center.name, nameEn: center.nameEn, phone: center.phone, timeZone: center.timeZone },
    services: [...INVITE_SERVICES],
    ...bookableDays(now, center.timeZone),
  };
}

type VerifyInput = { name: string; phone: string; code: string };

export async function verifyInvite(
  deps: Pick<AppDeps, 'secret'> & { db: Db; now: Date },
  code: string,
  input: VerifyInput,
): Promise<Result<InviteVerified>> {
  const found = await linkWithCenter(deps.db, code);
  if (!found) return err('not_found', 'This invite link is not valid.');
  const checked = await verifyCode({ db: deps.db, secret: deps.secret, now: deps.now }, input.phone, input.code);
  if (!checked.ok) return checked;
  const { link, center, referrerPhone } = found;
  // Self-referral and existing customers earn nothing; the page says so kindly and points to the app.
  if (input.phone === referrerPhone) return ok({ state: 'own_link' });
  if (await findCenterCustomerByPhone(deps.db, center.id, input.phone)) return ok({ state: 'already_customer' });
  return deps.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(referralLeads)
      .values({
        centerId: center.id,
        linkId: link.id,
        referrerId: link.customerId,
        name: input.name,
        phone: input.phone,
        status: 'invited',
        invitedAt: deps.now,
      })
      .onConflictDoNothing()
      .returning();
    if (created) {
      await publishInvitee(tx, created);
      return ok({ state: 'verified' as const, ticket: makeTicket(deps.secret, created.id, deps.now) });
    }
    const [lead] = await tx
      .select()
      .from(referralLeads)
      .where(and(eq(referralLeads.centerId, center.id), eq(referralLeads.phone, input.phone)));
    // Through another friend's link first: the first invite keeps the friend.
    if (!lead || lead.linkId !== link.id) return ok({ state: 'already_invited' as const });
    const ticket = makeTicket(deps.secret, lead.id, deps.now);
    if (lead.status === 'invited' || !lead.service || !lead.preferredDate || !lead.partOfDay)
      return ok({ state: 'verified' as const, ticket });
    return ok({
      state: 'booked' as const,
      ticket,
      booking: { service: lead.service, date: lead.preferredDate, partOfDay: lead.partOfDay },
    });
  });
}
