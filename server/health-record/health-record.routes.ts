/**
 * Health-record HTTP routes for customers and share links. Customers read their own vehicles' records
 * (the device normally reads the mirror; these serve first loads, tests and the bench); anyone with a
 * live share link reads that vehicle's history. The staff console's routes are in
 * staff-health-record.routes.ts.
 */
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import * as v from 'valibot';
import {
  FindingViewSchema,
  SharedHistorySchema,
  VehicleRecordSchema,
} from '@shared/health-record/record-view.schema.ts';
import { ShareLinkViewSchema } from '@shared/health-record/share-link.schema.ts';
import { VisitViewSchema } from '@shared/health-record/visit-view.schema.ts';
import { IdParamSchema } from '@shared/ids.ts';
import { requireCustomer } from '../auth/auth.middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { param } from '../http/validate.ts';
import { vehicleAccess } from '../family/vehicle-access.ts';
import { findOwnedVehicle } from '../vehicles/vehicle.service.ts';
import { findings } from './finding.table.ts';
import { findingViews, vehicleRecord, visitViews } from './health-record.views.ts';
import { listShareLinks } from './share-link.service.ts';
import { sharedHistory } from './share-page.ts';
import { visits } from './visit.table.ts';

const tags = ['health-record'];

export const healthRecordRoutes = new Hono<AppEnv>()
  .get(
    '/vehicles/:id',
    requireCustomer,
    doc({
      summary: 'The health record of one of my vehicles',
      tags,
      response: VehicleRecordSchema,
      access: 'customer',
    }),
    param(IdParamSchema),
    async (c) => {
      const car = await findOwnedVehicle(c.var.db, c.var.customerId, c.req.valid('param').id);
      if (!car) throw new AppError('not_found');
      return c.json(await vehicleRecord(c.var.db, car.id));
    },
  )
  .get(
    '/vehicles/:id/share-links',
    requireCustomer,
    doc({ summary: 'My share links for a vehicle', tags, response: v.array(ShareLinkViewSchema), access: 'customer' }),
    param(IdParamSchema),
    async (c) => {
      // Share links are the owner's alone; a family member sees the record, not the owner's links.
      const id = c.req.valid('param').id;
      if ((await vehicleAccess(c.var.db, c.var.customerId, id)) !== 'owner') throw new AppError('not_found');
      return c.json(await listShareLinks(c.var.db, c.var.customerId, id));
    },
  )
  .get(
    '/visits/:id',
    requireCustomer,
    doc({ summary: 'One of my visits', tags, response: VisitViewSchema, access: 'customer' }),
    param(IdParamSchema),
    async (c) => {
      const rows = await c.var.db
        .select()
        .from(visits)
        .where(eq(visits.id, c.req.valid('param').id));
      const mine = rows[0] && (await vehicleAccess(c.var.db, c.var.customerId, rows[0].vehicleId));
      const [view] = mine ? await visitViews(c.var.db, rows) : [];
      if (!view) throw new AppError('not_found');
      return c.json(view);
    },
  )
  .get(
    '/findings/:id',
    requireCustomer,
    doc({ summary: 'One of my findings', tags, response: FindingViewSchema, access: 'customer' }),
    param(IdParamSchema),
    async (c) => {
      const rows = await c.var.db
        .select({ f: findings, vehicleId: visits.vehicleId })
        .from(findings)
        .innerJoin(visits, eq(visits.id, findings.visitId))
        .where(eq(findings.id, c.req.valid('param').id));
      const mine = rows[0] && (await vehicleAccess(c.var.db, c.var.customerId, rows[0].vehicleId));
      const [view] = mine
        ? await findingViews(
            c.var.db,
            rows.map((r) => r.f),
          )
        : [];
      if (!view) throw new AppError('not_found');
      return c.json(view);
    },
  );

/** A shared vehicle history, without sign-in: 410 once revoked, 404 for any other token. */
export const shareRoutes = new Hono<AppEnv>().get(
  '/:token',
  doc({
    summary: 'A shared vehicle history (read-only, no owner name or phone)',
    tags,
    response: SharedHistorySchema,
    access: 'link',
  }),
  param(v.object({ token: v.pipe(v.string(), v.maxLength(100, 'is too long')) })),
  async (c) => {
    const r = await sharedHistory(c.var.db, c.var.deps.secret, c.req.valid('param').token);
    if (!r.ok) throw AppError.from(r);
    c.header('cache-control', 'no-store');
    return c.json(r.value);
  },
);
