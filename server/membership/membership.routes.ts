/**
 * Membership HTTP routes. Customers read their own membership and ledger (the device normally reads
 * the mirror; these serve first loads, tests and the bench). Staff read the member list and edit the
 * settings (manager), adjust points with a reason, redeem points at payment and reverse entries.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { IdParamSchema } from '@shared/ids.ts';
import { LedgerPageSchema, MembershipViewSchema } from '@shared/membership/membership-view.schema.ts';
import { MembershipSettingsSchema } from '@shared/membership/settings.schema.ts';
import {
  AdjustmentInputSchema,
  LedgerQuerySchema,
  MemberDetailSchema,
  MemberRowSchema,
  MembersQuerySchema,
  PointsResultSchema,
  RedemptionInputSchema,
  ReversalInputSchema,
  VoucherUseInputSchema,
  VoucherUseResultSchema,
} from '@shared/membership/staff-membership.schema.ts';
import { VoucherViewSchema } from '@shared/membership/vouchers.ts';
import { requireAction, requireCustomer } from '../auth/auth.middleware.ts';
import { type AppEnv, clockNow, staffActor } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { body, param, query } from '../http/validate.ts';
import { availableInDb } from './ledger-sums.ts';
import {
  adjustPoints,
  ledgerPage,
  listMembers,
  memberDetail,
  redeemAtPayment,
  saveSettings,
  staffReverse,
} from './membership-staff.service.ts';
import { entryViews, membershipView, settingsFor } from './membership.service.ts';
import { usableForVisit, useVoucher } from './vouchers.service.ts';

const tags = ['membership'];
const staffTags = ['staff', 'membership'];

/** Mounted at /api/membership. */
export const membershipRoutes = new Hono<AppEnv>()
  .get(
    '/',
    requireCustomer,
    doc({
      summary: 'My tier, spend to the next tier, points and latest entries',
      tags,
      response: MembershipViewSchema,
      access: 'customer',
    }),
    async (c) => {
      const view = await membershipView(c.var.db, c.var.customerId, clockNow(c));
      if (!view) throw new AppError('not_found');
      return c.json(view);
    },
  )
  .get(
    '/balance',
    requireCustomer,
    doc({ summary: 'My points balance', tags, response: v.object({ balance: v.number() }), access: 'customer' }),
    async (c) => {
      return c.json({ balance: await availableInDb(c.var.db, c.var.customerId, clockNow(c)) });
    },
  )
  .get(
    '/ledger',
    requireCustomer,
    doc({
      summary: 'My points ledger, newest first, a page at a time',
      tags,
      response: LedgerPageSchema,
      access: 'customer',
    }),
    query(LedgerQuerySchema),
    async (c) => {
      const q = c.req.valid('query');
      const page = await ledgerPage(c.var.db, c.var.customerId, q.limit ?? 50, q.before);
      if (!page) throw new AppError('not_found');
      return c.json({
        balance: await availableInDb(c.var.db, c.var.customerId, clockNow(c)),
        entries: await entryViews(c.var.db, page.rows),
        nextBefore: page.nextBefore,
      });
    },
  );

/** Mounted at /api/staff/membership. */
export const staffMembershipRoutes = new Hono<AppEnv>()
  .get(
    '/settings',
    requireAction('membership.settingsRead'),
    doc({
      summary: 'The center’s tiers and points rules',
      tags: staffTags,
      response: MembershipSettingsSchema,
      access: 'staff',
    }),
    async (c) => c.json(await settingsFor(c.var.db, c.var.staff.centerId)),
  )
  .put(
    '/settings',
    requireAction('membership.settingsEdit'),
    doc({
      summary: 'Set the tiers (thresholds, benefits), window and points rules',
      tags: staffTags,
      response: MembershipSettingsSchema,
      access: 'staff',
    }),
    body(MembershipSettingsSchema),
    async (c) =>
      c.json(await c.var.db.transaction((tx) => saveSettings(tx, staffActor(c), c.req.valid('json'), clockNow(c)))),
  )
  .get(
    '/members',
    requireAction('membership.members'),
    doc({
      summary: 'The center’s customers with tier, spend and points',
      tags: staffTags,
      response: v.array(MemberRowSchema),
      access: 'staff',
    }),
    query(MembersQuerySchema),
    async (c) => c.json(await listMembers(c.var.db, c.var.staff.centerId, clockNow(c), c.req.valid('query').tier)),
  )
  .get(
    '/members/:id',
    requireAction('membership.members'),
    doc({
      summary: 'One member with their latest ledger entries',
      tags: staffTags,
      response: MemberDetailSchema,
      access: 'staff',
    }),
    param(IdParamSchema),
    async (c) => {
      const r = await memberDetail(c.var.db, c.var.staff.centerId, c.req.valid('param').id, clockNow(c));
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value);
    },
  )
  .post(
    '/adjustments',
    requireAction('membership.adjust'),
    doc({
      summary: 'Adjust a member’s points with a reason (once per requestId)',
      tags: staffTags,
      response: PointsResultSchema,
      access: 'staff',
    }),
    body(AdjustmentInputSchema),
    async (c) => {
      const r = await c.var.db.transaction((tx) => adjustPoints(tx, staffActor(c), c.req.valid('json'), clockNow(c)));
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value);
    },
  )
  .post(
    '/redemptions',
    requireAction('membership.redeem'),
    doc({
      summary: 'Redeem points at a visit’s payment (once per visit)',
      tags: staffTags,
      response: PointsResultSchema,
      access: 'staff',
    }),
    body(RedemptionInputSchema),
    async (c) => {
      const { visitId, points } = c.req.valid('json');
      const r = await c.var.db.transaction((tx) => redeemAtPayment(tx, staffActor(c), visitId, points, clockNow(c)));
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value);
    },
  )
  .get(
    '/visits/:id/vouchers',
    requireAction('membership.vouchers'),
    doc({
      summary: 'The usable vouchers of a visit’s customer (for the payment step)',
      tags: staffTags,
      response: v.array(VoucherViewSchema),
      access: 'staff',
    }),
    param(IdParamSchema),
    async (c) => {
      const list = await usableForVisit(c.var.db, c.var.staff.centerId, c.req.valid('param').id, clockNow(c));
      if (!list) throw new AppError('not_found');
      return c.json(list);
    },
  )
  .post(
    '/vouchers/use',
    requireAction('membership.vouchers'),
    doc({
      summary: 'Use a wallet voucher at a visit’s payment (once; a voucher serves one visit)',
      tags: staffTags,
      response: VoucherUseResultSchema,
      access: 'staff',
    }),
    body(VoucherUseInputSchema),
    async (c) => {
      const { visitId, voucherId } = c.req.valid('json');
      const r = await c.var.db.transaction((tx) => useVoucher(tx, staffActor(c), visitId, voucherId, clockNow(c)));
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value);
    },
  )
  .post(
    '/reversals',
    requireAction('membership.reverse'),
    doc({
      summary: 'Reverse a points entry (a correction: never an edit)',
      tags: staffTags,
      response: PointsResultSchema,
      access: 'staff',
    }),
    body(ReversalInputSchema),
    async (c) => {
      const { entryId, reason } = c.req.valid('json');
      const r = await c.var.db.transaction((tx) => staffReverse(tx, staffActor(c), entryId, reason, clockNow(c)));
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value);
    },
  );
