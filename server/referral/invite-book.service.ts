/**
 * The friend's booking from an invite link.
 *
 * Why a lead and not a row in `booking`: a booking belongs to a customer's vehicle (createBooking
 * takes a vehicleId) and holds a bay of real capacity. The friend is not a customer yet, may have no
 * car with us (a test drive), and has proved only a phone number. A placeholder customer and vehicle
 * would put a fake car into health records, reminders, capacity and staff search, and would make the
 * phone "already a customer" for their own later sign-in. So the friend asks for a day and part of
 * day; the lead (referral_lead) is what the staff console lists, the center confirms by phone, and
 * the real customer, vehicle and booking are made at the visit like any walk-in.
 */
import { eq } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import type { InviteBook, InviteBooked } from '@shared/referral/invite.schema.ts';
import type { Db } from '../db/client.ts';
import type { AppDeps } from '../http/context.ts';
import { notify } from '../notifications/notify.ts';
import { checkTicket } from './invite-ticket.ts';
import { bookableDays, linkWithCenter } from './invite.service.ts';
import { referralLeads } from './referral.table.ts';
import { publishInvitee } from './referral.views.ts';

const SERVICE_WORDS = {
  test_drive: { zh: '试驾', en: 'a test drive' },
  first_service: { zh: '首次保养', en: 'a first service' },
} as const;
const PART_WORDS = { morning: { zh: '上午', en: 'morning' }, afternoon: { zh: '下午', en: 'afternoon' } } as const;

export async function bookInvite(
  deps: Pick<AppDeps, 'secret'> & { db: Db; now: Date },
  code: string,
  input: InviteBook,
): Promise<Result<InviteBooked>> {
  const found = await linkWithCenter(deps.db, code);
  if (!found) return err('not_found', 'This invite link is not valid.');
  const leadId = checkTicket(deps.secret, input.ticket, deps.now);
  if (!leadId) return err('code_expired', 'Please verify your phone again.');
  const { firstDate, lastDate } = bookableDays(deps.now, found.center.timeZone);
  if (input.date < firstDate || input.date > lastDate)
    return err('invalid', `date: must be between ${firstDate} and ${lastDate}`);
  return deps.db.transaction(async (tx) => {
    const [lead] = await tx.select().from(referralLeads).where(eq(referralLeads.id, leadId)).for('update');
    if (!lead || lead.linkId !== found.link.id) return err('not_found', 'This invite link is not valid.');
    // Booked once: a retry (or a second tap) answers with the booking already made, and notifies no one again.
    if (lead.status !== 'invited' && lead.service && lead.preferredDate && lead.partOfDay)
      return ok({
        state: 'booked' as const,
        booking: { service: lead.service, date: lead.preferredDate, partOfDay: lead.partOfDay },
      });
    const [row] = await tx
      .update(referralLeads)
      .set({
        status: 'booked',
        service: input.service,
        preferredDate: input.date,
        partOfDay: input.partOfDay,
        bookedAt: deps.now,
      })
      .where(eq(referralLeads.id, lead.id))
      .returning();
    await publishInvitee(tx, row!);
    const s = SERVICE_WORDS[input.service];
    const p = PART_WORDS[input.partOfDay];
    const [, m, d] = input.date.split('-').map(Number);
    await notify(tx, {
      customerId: lead.referrerId,
      kind: 'referral',
      title: { zh: '您的朋友已预约', en: 'Your friend booked' },
      body: {
        zh: `您的朋友${lead.name}已预约${m}月${d}日${p.zh}${s.zh}，感谢您的推荐！`,
        en: `Your friend ${lead.name} booked ${s.en} on ${input.date} (${p.en}). Thank you for recommending us!`,
      },
      link: '/settings/referral',
      at: deps.now,
      dedupeKey: `referral:${lead.id}:booked`,
    });
    return ok({
      state: 'booked' as const,
      booking: { service: input.service, date: input.date, partOfDay: input.partOfDay },
    });
  });
}
