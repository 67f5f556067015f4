import { Hono } from 'hono';
import * as v from 'valibot';
import { DaySlotsSchema, SlotsQuerySchema } from '@shared/booking/slot.schema.ts';
import { BookingProposalSchema } from '@shared/booking/booking.schema.ts';
import {
  CapacityExceptionInputSchema,
  CapacityExceptionSchema,
  DayQuerySchema,
  ProposeVisitSchema,
  ServiceDurationSchema,
  StaffBookingSchema,
  StaffDaySchema,
  WeeklyCapacitySchema,
} from '@shared/booking/staff-booking.schema.ts';
import { CenterSchema } from '@shared/center/center.schema.ts';
import { IdParamSchema } from '@shared/ids.ts';
import { zonedDate } from '@shared/time.ts';
import { requireAction } from '../auth/auth.middleware.ts';
import { centerView } from '../center/center.service.ts';
import { doc, OkSchema } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { type AppEnv, staffActor } from '../http/context.ts';
import { body, param, query } from '../http/validate.ts';
import { findCenterCustomer } from '../staff/staff.service.ts';
import { getCenter, getServiceType, slotsForRange } from './capacity.service.ts';
import { proposeVisit } from './proposal.service.ts';
import {
  addException,
  removeException,
  staffDay,
  updateServiceDuration,
  updateWeeklyCapacity,
} from './staff-booking.service.ts';

const tags = ['staff', 'booking'];

const myCenter = async (c: { var: AppEnv['Variables'] }) => {
  const center = await getCenter(c.var.db, c.var.staff.centerId);
  if (!center) throw new AppError('not_found');
  return center;
};

/** Mounted at /api/staff/booking. */
export const staffBookingRoutes = new Hono<AppEnv>()
  .get(
    '/center',
    requireAction('booking.read'),
    doc({ summary: 'The center’s weekly capacity and service types', tags, response: CenterSchema, access: 'staff' }),
    async (c) => {
      const center = await centerView(c.var.db, c.var.staff.centerId);
      if (!center) throw new AppError('not_found');
      return c.json(center);
    },
  )
  .get(
    '/day',
    requireAction('booking.read'),
    doc({
      summary: 'The day’s bookings per bay, hours and exceptions',
      tags,
      response: StaffDaySchema,
      access: 'staff',
    }),
    query(DayQuerySchema),
    async (c) => c.json(await staffDay(c.var.db, await myCenter(c), c.req.valid('query').date)),
  )
  .get(
    '/slots',
    requireAction('booking.read'),
    doc({
      summary: 'Free slots for a service (to pick a proposed time)',
      tags,
      response: v.array(DaySlotsSchema),
      access: 'staff',
    }),
    query(SlotsQuerySchema),
    async (c) => {
      const q = c.req.valid('query');
      const center = await myCenter(c);
      const type = await getServiceType(c.var.db, center.id, q.serviceTypeId);
      if (!type) throw new AppError('not_found', 'No such service.');
      const now = c.var.deps.clock.now();
      return c.json(
        await slotsForRange(
          c.var.db,
          center,
          type.durationMinutes,
          q.from ?? zonedDate(now, center.timeZone),
          q.days ?? 14,
          now,
        ),
      );
    },
  )
  .put(
    '/capacity',
    requireAction('booking.capacity'),
    doc({
      summary: 'Publish the weekly capacity: bays and opening hours',
      tags,
      response: CenterSchema,
      access: 'staff',
    }),
    body(WeeklyCapacitySchema),
    async (c) =>
      c.json(await c.var.db.transaction((tx) => updateWeeklyCapacity(tx, c.var.staff.centerId, c.req.valid('json')))),
  )
  .put(
    '/service-types/:id',
    requireAction('booking.serviceTypes'),
    doc({ summary: 'Set how long a service takes', tags, response: CenterSchema, access: 'staff' }),
    param(IdParamSchema),
    body(ServiceDurationSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const center = await c.var.db.transaction((tx) =>
        updateServiceDuration(tx, c.var.staff.centerId, id, c.req.valid('json').durationMinutes),
      );
      if (!center) throw new AppError('not_found');
      return c.json(center);
    },
  )
  .post(
    '/exceptions',
    requireAction('booking.exceptions'),
    doc({
      summary:
        'Publish an exception: holiday, special hours, a bay out of service (answers the bookings it conflicts with)',
      tags,
      response: v.object({ exception: CapacityExceptionSchema, conflicts: v.array(StaffBookingSchema) }),
      access: 'staff',
      status: 201,
    }),
    body(CapacityExceptionInputSchema),
    async (c) => {
      const center = await myCenter(c);
      const now = c.var.deps.clock.now();
      return c.json(
        await c.var.db.transaction((tx) => addException(tx, center, c.var.staff.staffId, c.req.valid('json'), now)),
        201,
      );
    },
  )
  .delete(
    '/exceptions/:id',
    requireAction('booking.exceptions'),
    doc({ summary: 'Withdraw an exception', tags, response: OkSchema, access: 'staff' }),
    param(IdParamSchema),
    async (c) => {
      const removed = await c.var.db.transaction((tx) =>
        removeException(tx, c.var.staff.centerId, c.req.valid('param').id),
      );
      if (!removed) throw new AppError('not_found');
      return c.json({ ok: true as const });
    },
  )
  .post(
    '/proposals',
    requireAction('booking.propose'),
    doc({
      summary: 'Propose a next visit to a customer (they accept with one tap)',
      tags,
      response: BookingProposalSchema,
      access: 'staff',
      status: 201,
    }),
    body(ProposeVisitSchema),
    async (c) => {
      const input = c.req.valid('json');
      if (!(await findCenterCustomer(c.var.db, c.var.staff.centerId, input.customerId)))
        throw new AppError('not_found', 'No such customer.');
      const now = c.var.deps.clock.now();
      const r = await c.var.db.transaction((tx) => proposeVisit(tx, now, staffActor(c), input));
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value, 201);
    },
  );
