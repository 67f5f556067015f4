/**
 * The staff console's health-record routes: staff record visits, findings and readings for their own
 * center (the customer and share-link routes are in health-record.routes.ts).
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import {
  FindingViewSchema,
  ReadingViewSchema,
  StaffVehicleRecordSchema,
} from '@shared/health-record/record-view.schema.ts';
import {
  RecordFindingSchema,
  RecordReadingsSchema,
  RecordVisitSchema,
  UpdateFindingSchema,
  UpdateVisitSchema,
} from '@shared/health-record/staff-input.schema.ts';
import { VisitViewSchema } from '@shared/health-record/visit-view.schema.ts';
import { IdParamSchema } from '@shared/ids.ts';
import { requireAction } from '../auth/auth.middleware.ts';
import { type AppEnv, clockNow, staffActor } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { body, param } from '../http/validate.ts';
import {
  findCenterVehicle,
  recordFinding,
  recordReadings,
  recordVisit,
  updateFinding,
  updateVisit,
} from './health-record.service.ts';
import { vehicleRecord } from './health-record.views.ts';

const staffTags = ['staff', 'health-record'];

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
      const r = await c.var.db.transaction((tx) => recordVisit(tx, staffActor(c), c.req.valid('json'), clockNow(c)));
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
        updateVisit(tx, c.var.staff.centerId, c.req.valid('param').id, c.req.valid('json'), clockNow(c)),
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
      const r = await c.var.db.transaction((tx) => recordFinding(tx, staffActor(c), c.req.valid('json')));
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
