/**
 * Health-record HTTP routes. Customers read their own vehicles' records (the device normally reads
 * the mirror; these serve first loads, tests and the bench); staff record visits, findings and
 * readings for their center; anyone with a live share link reads that vehicle's history.
 */
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import * as v from 'valibot';
import {
  FindingViewSchema,
  ReadingViewSchema,
  SharedHistorySchema,
  StaffVehicleRecordSchema,
  VehicleRecordSchema,
} from '@shared/health-record/record-view.schema.ts';
import { ShareLinkViewSchema } from '@shared/health-record/share-link.schema.ts';
import {
  RecordFindingSchema,
  RecordReadingsSchema,
  RecordVisitSchema,
  UpdateFindingSchema,
  UpdateVisitSchema,
} from '@shared/health-record/staff-input.schema.ts';
import { VisitViewSchema } from '@shared/health-record/visit-view.schema.ts';
import { IdParamSchema } from '@shared/ids.ts';
import { requireAction, requireCustomer } from '../auth/auth.middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { body, param } from '../http/validate.ts';
import { vehicleAccess } from '../family/vehicle-access.ts';
import { findOwnedVehicle } from '../vehicles/vehicle.service.ts';
import { findings } from './finding.table.ts';
import {
  findCenterVehicle,
  recordFinding,
  recordReadings,
  recordVisit,
  updateFinding,
  updateVisit,
} from './health-record.service.ts';
import { findingViews, vehicleRecord, visitViews } from './health-record.views.ts';
import { listShareLinks } from './share-link.service.ts';
import { sharedHistory } from './share-page.ts';
import { visits } from './visit.table.ts';

const tags = ['health-record'];
const staffTags = ['staff', 'health-record'];

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

const now = (c: { var: AppEnv['Variables'] }) => c.var.deps.clock.now();
const actor = (c: { var: AppEnv['Variables'] }) => ({ centerId: c.var.staff.centerId, staffId: c.var.staff.staffId });

export const staffHealthRecordRoutes = new Hono<AppEnv>()
  .get(
    '/vehicles/:id',
    requireAction('healthRecord.read'),
    doc({
      summary: 'A vehicle’s health record as the customer sees it',
      tags: staffTags,
      response: StaffVehicleRecordSchema,
      access: 'staff',
    }),
    param(IdParamSchema),
    async (c) => {
      const car = await findCenterVehicle(c.var.db, c.var.staff.centerId, c.req.valid('param').id);
      if (!car) throw new AppError('not_found');
      const { id, model, plate, mileageKm } = car.vehicle;
      return c.json({
        vehicle: {
          id,
          model,
          plate,
          mileageKm,
          customerName: car.customerName,
          customerLocale: car.customerLocale === 'en' ? 'en' : 'zh-CN',
        },
        ...(await vehicleRecord(c.var.db, id)),
      });
    },
  )
  .post(
    '/visits',
    requireAction('healthRecord.recordVisit'),
    doc({
      summary: 'Record a visit with itemized lines and payment',
      tags: staffTags,
      response: VisitViewSchema,
      access: 'staff',
      status: 201,
    }),
    body(RecordVisitSchema),
    async (c) => {
      const r = await c.var.db.transaction((tx) => recordVisit(tx, actor(c), c.req.valid('json'), now(c)));
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value, 201);
    },
  )
  .post(
    '/visits/:id',
    requireAction('healthRecord.recordVisit'),
    doc({
      summary: 'Update a visit: lines, payment, status, warranty, note',
      tags: staffTags,
      response: VisitViewSchema,
      access: 'staff',
    }),
    param(IdParamSchema),
    body(UpdateVisitSchema),
    async (c) => {
      const r = await c.var.db.transaction((tx) =>
        updateVisit(tx, c.var.staff.centerId, c.req.valid('param').id, c.req.valid('json'), now(c)),
      );
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value);
    },
  )
  .post(
    '/findings',
    requireAction('healthRecord.recordFinding'),
    doc({
      summary: 'Record a graded finding (with its measurement)',
      tags: staffTags,
      response: FindingViewSchema,
      access: 'staff',
      status: 201,
    }),
    body(RecordFindingSchema),
    async (c) => {
      const r = await c.var.db.transaction((tx) => recordFinding(tx, actor(c), c.req.valid('json')));
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value, 201);
    },
  )
  .post(
    '/findings/:id',
    requireAction('healthRecord.recordFinding'),
    doc({
      summary: 'Update a finding: status, fixed in visit, grade, note',
      tags: staffTags,
      response: FindingViewSchema,
      access: 'staff',
    }),
    param(IdParamSchema),
    body(UpdateFindingSchema),
    async (c) => {
      const r = await c.var.db.transaction((tx) =>
        updateFinding(tx, c.var.staff.centerId, c.req.valid('param').id, c.req.valid('json')),
      );
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value);
    },
  )
  .post(
    '/readings',
    requireAction('healthRecord.recordReadings'),
    doc({
      summary: 'Record wear readings at a visit (tread, pads, battery)',
      tags: staffTags,
      response: v.array(ReadingViewSchema),
      access: 'staff',
      status: 201,
    }),
    body(RecordReadingsSchema),
    async (c) => {
      const r = await c.var.db.transaction((tx) => recordReadings(tx, c.var.staff.centerId, c.req.valid('json')));
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value, 201);
    },
  );
