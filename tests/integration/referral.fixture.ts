/**
 * Objects the route table's referral entries need, made through the service functions (no texted
 * codes, so the samples do not eat the per-IP code limit): 张先生's link, a link of the other
 * center's 赵先生, and fresh leads with a booking ticket.
 */
import { addDays, zonedDate } from '@shared/time.ts';
import { requestCode } from '../../server/auth/otp.service.ts';
import { makeTicket } from '../../server/referral/invite-ticket.ts';
import { setupLink } from '../../server/referral/referral-link.service.ts';
import { referralLeads } from '../../server/referral/referral.table.ts';
import type { Ctx } from './route-kit.ts';

const zhangLink = (ctx: Ctx) =>
  ctx.once('ref-zhang-link', () =>
    ctx.s.db.db.transaction((tx) => setupLink(tx, ctx.f.zhang.id, { familyName: '张', title: 'mr' })),
  );

const otherLink = (ctx: Ctx) =>
  ctx.once('ref-other-link', () =>
    ctx.s.db.db.transaction((tx) => setupLink(tx, ctx.f.other.customerId, { familyName: '赵', title: 'mr' })),
  );

/** A friend of one of the links who verified the phone (status invited), fresh per call. */
async function lead(ctx: Ctx, which: 'zhang' | 'other') {
  const link = which === 'zhang' ? await zhangLink(ctx) : await otherLink(ctx);
  const [row] = await ctx.s.db.db
    .insert(referralLeads)
    .values({
      centerId: which === 'zhang' ? ctx.f.centerId : ctx.f.other.centerId,
      linkId: link.id,
      referrerId: link.customerId,
      name: '李女士',
      phone: ctx.phone(),
      status: 'invited',
    })
    .returning();
  return { link, lead: row!, ticket: makeTicket(ctx.s.deps.secret, row!.id, ctx.s.clock.now()) };
}

const bookBody = (ctx: Ctx, ticket: string) => ({
  ticket,
  service: 'test_drive',
  date: addDays(zonedDate(ctx.s.clock.now(), 'Asia/Shanghai'), 2),
  partOfDay: 'morning',
});

/**
 * A one-time code for a phone, asked through the service with an address of its own: the samples
 * run many times and must not use up 127.0.0.1's hourly code limit that other entries need.
 */
async function otp(ctx: Ctx, phone: string) {
  const db = ctx.s.db.db;
  const r = await requestCode(
    { db, secret: ctx.s.deps.secret, sms: ctx.s.sms, now: ctx.s.clock.now() },
    phone,
    `fixture-${phone}`,
    'booking',
  );
  if (!r.ok) throw new Error(`code: ${r.code}`);
  return r.value.code;
}

export const rf = { zhangLink, otherLink, lead, bookBody, otp };
