/**
 * Referral routes. The invite page's (/api/invite/:code) need no session: the code in the path is
 * the key, and every answer carries the referrer's form of address at most. An unknown code → 404,
 * a malformed one → 400; the page shows a clear "this link is not valid" for both.
 * Staff (/api/staff/referrals) list the center's referred friends and mark them visited / purchased.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { CodeSentSchema, OTP_TTL_MS } from '@shared/auth/auth.schema.ts';
import { IdParamSchema } from '@shared/ids.ts';
import {
  InviteBookedSchema,
  InviteBookSchema,
  InviteCodeRequestSchema,
  InvitePageSchema,
  InviteVerifiedSchema,
  InviteVerifySchema,
} from '@shared/referral/invite.schema.ts';
import { CodeParamSchema } from '@shared/referral/referral.schema.ts';
import { MarkConversionSchema, StaffLeadSchema } from '@shared/referral/staff-referral.schema.ts';
import { requireAction } from '../auth/auth.middleware.ts';
import { clientIp } from '../auth/auth.routes.ts';
import { requestCode } from '../auth/otp.service.ts';
import type { AppEnv } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { body, param } from '../http/validate.ts';
import { markConversion } from './conversion.service.ts';
import { bookInvite } from './invite-book.service.ts';
import { invitePage, linkWithCenter, verifyInvite } from './invite.service.ts';
import { listLeads, referrerName, staffLeadView } from './staff-referral.service.ts';

const NOT_VALID = 'This invite link is not valid.';

export const inviteRoutes = new Hono<AppEnv>()
  .get(
    '/:code',
    doc({
      summary: 'The invite page: the referrer’s family name and title, the center and the offer',
      tags: ['referral'],
      response: InvitePageSchema,
      access: 'link',
    }),
    param(CodeParamSchema),
    async (c) => {
      const found = await linkWithCenter(c.var.db, c.req.valid('param').code);
      if (!found) throw new AppError('not_found', NOT_VALID);
      return c.json(invitePage(found.link, found.center, c.var.deps.clock.now()));
    },
  )
  .post(
    '/:code/code',
    doc({
      summary: 'Text the friend a one-time code (the sign-in codes’ limits apply)',
      tags: ['referral'],
      response: CodeSentSchema,
      access: 'link',
    }),
    param(CodeParamSchema),
    body(InviteCodeRequestSchema),
    async (c) => {
      const found = await linkWithCenter(c.var.db, c.req.valid('param').code);
      if (!found) throw new AppError('not_found', NOT_VALID);
      const { deps } = c.var;
      const r = await requestCode(
        { db: c.var.db, secret: deps.secret, sms: deps.sms, now: deps.clock.now() },
        c.req.valid('json').phone,
        clientIp(c),
        'booking',
      );
      if (!r.ok) throw AppError.from(r);
      return c.json({ sent: true, expiresInSeconds: OTP_TTL_MS / 1000 });
    },
  )
  .post(
    '/:code/verify',
    doc({
      summary: 'Check the friend’s code: a ticket to book, or why this invite earns nothing',
      tags: ['referral'],
      response: InviteVerifiedSchema,
      access: 'link',
    }),
    param(CodeParamSchema),
    body(InviteVerifySchema),
    async (c) => {
      const { deps } = c.var;
      const r = await verifyInvite(
        { db: c.var.db, secret: deps.secret, now: deps.clock.now() },
        c.req.valid('param').code,
        c.req.valid('json'),
      );
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value);
    },
  )
  .post(
    '/:code/book',
    doc({
      summary: 'Book a test drive or first service (a request the center confirms by phone)',
      tags: ['referral'],
      response: InviteBookedSchema,
      access: 'link',
    }),
    param(CodeParamSchema),
    body(InviteBookSchema),
    async (c) => {
      const { deps } = c.var;
      const r = await bookInvite(
        { db: c.var.db, secret: deps.secret, now: deps.clock.now() },
        c.req.valid('param').code,
        c.req.valid('json'),
      );
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value);
    },
  );

export const staffReferralRoutes = new Hono<AppEnv>()
  .get(
    '/',
    requireAction('referrals.read'),
    doc({
      summary: 'Friends referred by the center’s customers, with their progress',
      tags: ['staff', 'referral'],
      response: v.array(StaffLeadSchema),
      access: 'staff',
    }),
    async (c) => c.json(await listLeads(c.var.db, c.var.staff.centerId)),
  )
  .post(
    '/:id/status',
    requireAction('referrals.mark'),
    doc({
      summary: 'Mark a referred friend visited or purchased (counts toward the referrer’s levels)',
      tags: ['staff', 'referral'],
      response: StaffLeadSchema,
      access: 'staff',
    }),
    param(IdParamSchema),
    body(MarkConversionSchema),
    async (c) => {
      const r = await c.var.db.transaction((tx) =>
        markConversion(tx, {
          centerId: c.var.staff.centerId,
          leadId: c.req.valid('param').id,
          status: c.req.valid('json').status,
          now: c.var.deps.clock.now(),
        }),
      );
      if (!r.ok) throw AppError.from(r);
      return c.json(staffLeadView(r.value, await referrerName(c.var.db, r.value.referrerId)));
    },
  );
