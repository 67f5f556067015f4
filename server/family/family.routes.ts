/**
 * Family access over HTTP. Inviting, accepting and ending an access are online acts (a text message,
 * a one-time code, an at-once revocation), so they are routes, not queued mutations. Everything names
 * an object of the caller's: anyone else's invitation, membership or vehicle is a 404.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import {
  AcceptFamilySchema,
  FamilyInvitationSchema,
  IncomingInvitationListSchema,
  InviteFamilySchema,
  VehicleFamilySchema,
} from '@shared/family/family.schema.ts';
import { CodeSentSchema, OTP_TTL_MS } from '@shared/auth/auth.schema.ts';
import { IdParamSchema, UuidSchema } from '@shared/ids.ts';
import { requireCustomer } from '../auth/auth.middleware.ts';
import { clientIp } from '../auth/auth.routes.ts';
import { requestCode, verifyCode } from '../auth/otp.service.ts';
import { getCustomer } from '../customers/customer.service.ts';
import type { AppEnv } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { body, param } from '../http/validate.ts';
import {
  acceptInvitation,
  cancelInvitation,
  incomingInvitations,
  inviteFamily,
  ownInvitation,
} from './family-invite.service.ts';
import { leaveShare, revokeMember, vehicleFamily } from './family-member.service.ts';

const AcceptedSchema = v.object({ membershipId: UuidSchema, vehicleId: UuidSchema });
const EndedSchema = v.object({ id: UuidSchema, status: v.picklist(['revoked', 'left']) });

export const familyRoutes = new Hono<AppEnv>()
  .use(requireCustomer)
  .get(
    '/vehicles/:id',
    doc({
      summary: "The owner's family section of a vehicle (members, pending invitations)",
      tags: ['family'],
      response: VehicleFamilySchema,
      access: 'customer',
    }),
    param(IdParamSchema),
    async (c) => {
      const r = await vehicleFamily(c.var.db, c.var.customerId, c.req.valid('param').id, c.var.deps.clock.now());
      if (!r) throw new AppError('not_found');
      return c.json(r);
    },
  )
  .post(
    '/invitations',
    doc({
      summary: 'Invite a family member by phone to one vehicle (texts them a code)',
      tags: ['family'],
      response: FamilyInvitationSchema,
      access: 'customer',
      status: 201,
    }),
    body(InviteFamilySchema),
    async (c) => {
      const d = c.var.deps;
      const ctx = { db: c.var.db, secret: d.secret, sms: d.sms, now: d.clock.now(), ip: clientIp(c) };
      const r = await inviteFamily(ctx, c.var.customerId, c.req.valid('json'));
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value, 201);
    },
  )
  .post(
    '/invitations/:id/cancel',
    doc({
      summary: 'Cancel a pending invitation',
      tags: ['family'],
      response: FamilyInvitationSchema,
      access: 'customer',
    }),
    param(IdParamSchema),
    body(v.object({})),
    async (c) => {
      const r = await cancelInvitation(c.var.db, c.var.customerId, c.req.valid('param').id, c.var.deps.clock.now());
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value);
    },
  )
  .get(
    '/invitations/incoming',
    doc({
      summary: "Invitations waiting for the signed-in customer's number",
      tags: ['family'],
      response: IncomingInvitationListSchema,
      access: 'customer',
    }),
    async (c) => c.json(await incomingInvitations(c.var.db, c.var.customerId, c.var.deps.clock.now())),
  )
  .post(
    '/invitations/:id/code',
    doc({
      summary: 'Text the invitee a fresh code for an invitation',
      tags: ['family'],
      response: CodeSentSchema,
      access: 'customer',
    }),
    param(IdParamSchema),
    body(v.object({})),
    async (c) => {
      const d = c.var.deps;
      const now = d.clock.now();
      const me = await getCustomer(c.var.db, c.var.customerId);
      if (!me || !(await ownInvitation(c.var.db, c.var.customerId, c.req.valid('param').id, now)))
        throw new AppError('not_found');
      const r = await requestCode({ db: c.var.db, secret: d.secret, sms: d.sms, now }, me.phone, clientIp(c), 'family');
      if (!r.ok) throw AppError.from(r);
      return c.json({ sent: true, expiresInSeconds: OTP_TTL_MS / 1000 });
    },
  )
  .post(
    '/invitations/:id/accept',
    doc({
      summary: 'Accept an invitation with the texted code',
      tags: ['family'],
      response: AcceptedSchema,
      access: 'customer',
    }),
    param(IdParamSchema),
    body(AcceptFamilySchema),
    async (c) => {
      const now = c.var.deps.clock.now();
      const id = c.req.valid('param').id;
      const me = await getCustomer(c.var.db, c.var.customerId);
      if (!me || !(await ownInvitation(c.var.db, c.var.customerId, id, now))) throw new AppError('not_found');
      const checked = await verifyCode(
        { db: c.var.db, secret: c.var.deps.secret, now },
        me.phone,
        c.req.valid('json').code,
      );
      if (!checked.ok) throw AppError.from(checked);
      const r = await acceptInvitation(c.var.db, c.var.customerId, id, now);
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value);
    },
  )
  .post(
    '/members/:id/revoke',
    doc({
      summary: "The owner ends a member's access (at once)",
      tags: ['family'],
      response: EndedSchema,
      access: 'customer',
    }),
    param(IdParamSchema),
    body(v.object({})),
    async (c) => {
      const r = await revokeMember(c.var.db, c.var.customerId, c.req.valid('param').id, c.var.deps.clock.now());
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value);
    },
  )
  .post(
    '/members/:id/leave',
    doc({ summary: 'A member leaves a shared vehicle', tags: ['family'], response: EndedSchema, access: 'customer' }),
    param(IdParamSchema),
    body(v.object({})),
    async (c) => {
      const r = await leaveShare(c.var.db, c.var.customerId, c.req.valid('param').id, c.var.deps.clock.now());
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value);
    },
  );
