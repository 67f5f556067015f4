/** Staff read of a visit's final bill (the payment step shows what is due before taking payment). */
import { Hono } from 'hono';
import { BillViewSchema } from '@shared/billing/bill-view.ts';
import { IdParamSchema } from '@shared/ids.ts';
import { requireAction } from '../auth/auth.middleware.ts';
import { findCenterVisit } from '../health-record/health-record.service.ts';
import type { AppEnv } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { param } from '../http/validate.ts';
import { billView } from './bill.publish.ts';

/** Mounted at /api/staff/billing. */
export const staffBillingRoutes = new Hono<AppEnv>().get(
  '/visits/:id',
  requireAction('billing.read'),
  doc({
    summary: 'A visit’s final bill: work, approved quote lines, deductions, due and paid',
    tags: ['staff', 'billing'],
    response: BillViewSchema,
    access: 'staff',
  }),
  param(IdParamSchema),
  async (c) => {
    const visit = await findCenterVisit(c.var.db, c.var.staff.centerId, c.req.valid('param').id);
    if (!visit) throw new AppError('not_found');
    return c.json(await billView(c.var.db, visit));
  },
);
