/**
 * Staff API of the live timeline, mounted at /api/staff/timeline. Every visit route looks the visit up
 * within the staff member's center (another center's visit is 404) and locks it for the transaction.
 * Photos are attached with POST /api/staff/media (ownerKind 'timeline_event', ownerId = the event id).
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Result } from '@shared/errors.ts';
import { IdParamSchema } from '@shared/ids.ts';
import { BuildDeliverySchema, DeliverySchema } from '@shared/timeline/delivery.schema.ts';
import {
  BoardSchema,
  CheckInSchema,
  DelaySchema,
  EarlyFinishSchema,
  PostEventSchema,
  SetEstimateSchema,
  StaffVisitSchema,
  TimelineEventSchema,
  VisitProgressSchema,
} from '@shared/timeline/timeline.schema.ts';
import { requireAction } from '../auth/auth.middleware.ts';
import type { Tx } from '../db/client.ts';
import type { AppEnv } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { body, param } from '../http/validate.ts';
import { board } from './board.service.ts';
import { checkIn } from './check-in.service.ts';
import { buildDelivery } from './delivery.service.ts';
import { staffVisit } from './staff-visit.ts';
import type { VisitRow } from './timeline.publish.ts';
import {
  lockCenterVisit,
  type Poster,
  postDelay,
  postEarlyFinish,
  postEvent,
  setEstimate,
} from './timeline.service.ts';

const tags = ['staff', 'timeline'];

const poster = (c: Context<AppEnv>): Poster => {
  const s = c.var.staff;
  return { staffId: s.staffId, name: s.name, role: s.role, centerId: s.centerId };
};

/** Runs `act` on the center's visit, locked, in one transaction; a refusal becomes the error answer. */
async function onVisit<T>(
  c: Context<AppEnv>,
  id: string,
  act: (tx: Tx, visit: VisitRow, by: Poster, now: Date) => Promise<Result<T>>,
) {
  const by = poster(c);
  const result = await c.var.db.transaction(async (tx) => {
    const visit = await lockCenterVisit(tx, by.centerId, id);
    if (!visit) throw new AppError('not_found', 'No such visit in this center.');
    return act(tx, visit, by, c.var.deps.clock.now());
  });
  if (!result.ok) throw AppError.from(result);
  return result.value;
}

/** Most visit actions hand the checked body to the service unchanged. */
function onVisitWith<I, T>(
  c: Context<AppEnv>,
  id: string,
  input: I,
  act: (tx: Tx, visit: VisitRow, by: Poster, input: I, now: Date) => Promise<Result<T>>,
) {
  return onVisit(c, id, (tx, visit, by, now) => act(tx, visit, by, input, now));
}

export const staffTimelineRoutes = new Hono<AppEnv>()
  .get(
    '/board',
    requireAction('timeline.read'),
    doc({
      summary: 'Cars in the workshop: state, promise, quiet-time flag',
      tags,
      response: BoardSchema,
      access: 'staff',
    }),
    async (c) => c.json(await board(c.var.db, c.var.staff.centerId, c.var.deps.clock.now())),
  )
  .post(
    '/check-in',
    requireAction('timeline.checkIn'),
    doc({
      summary: 'Check a car in: opens its visit and posts “checked in”',
      tags,
      response: StaffVisitSchema,
      access: 'staff',
      status: 201,
    }),
    body(CheckInSchema),
    async (c) => {
      const by = poster(c);
      const result = await c.var.db.transaction((tx) => checkIn(tx, by, c.req.valid('json'), c.var.deps.clock.now()));
      if (!result.ok) throw AppError.from(result);
      return c.json(await staffVisit(c.var.db, by.centerId, result.value.visit.id, c.var.deps.clock.now()), 201);
    },
  )
  .get(
    '/visits/:id',
    requireAction('timeline.read'),
    doc({
      summary: 'One visit as the customer sees it, with the staff flags and the delivery confirmations',
      tags,
      response: StaffVisitSchema,
      access: 'staff',
    }),
    param(IdParamSchema),
    async (c) => {
      const found = await staffVisit(c.var.db, c.var.staff.centerId, c.req.valid('param').id, c.var.deps.clock.now());
      if (!found) throw new AppError('not_found', 'No such visit in this center.');
      return c.json(found);
    },
  )
  .post(
    '/visits/:id/events',
    requireAction('timeline.postEvent'),
    doc({
      summary: 'Post a step (ready_for_pickup and delivered also change the status)',
      tags,
      response: TimelineEventSchema,
      access: 'staff',
      status: 201,
    }),
    param(IdParamSchema),
    body(PostEventSchema),
    async (c) => c.json(await onVisitWith(c, c.req.valid('param').id, c.req.valid('json'), postEvent), 201),
  )
  .post(
    '/visits/:id/estimate',
    requireAction('timeline.estimate'),
    doc({
      summary: 'Set the technician’s estimate; the promise is × 1.3',
      tags,
      response: VisitProgressSchema,
      access: 'staff',
    }),
    param(IdParamSchema),
    body(SetEstimateSchema),
    async (c) => {
      const { estimateMinutes, note } = c.req.valid('json');
      return c.json(
        await onVisit(c, c.req.valid('param').id, (tx, visit, by, now) =>
          setEstimate(tx, visit, by, estimateMinutes, note, now),
        ),
      );
    },
  )
  .post(
    '/visits/:id/delay',
    requireAction('timeline.delay'),
    doc({
      summary: 'Post a delay: new time, reason, compensation',
      tags,
      response: TimelineEventSchema,
      access: 'staff',
      status: 201,
    }),
    param(IdParamSchema),
    body(DelaySchema),
    async (c) => c.json(await onVisitWith(c, c.req.valid('param').id, c.req.valid('json'), postDelay), 201),
  )
  .post(
    '/visits/:id/early-finish',
    requireAction('timeline.earlyFinish'),
    doc({
      summary: 'Post an early finish: how much earlier, and the thank-you',
      tags,
      response: TimelineEventSchema,
      access: 'staff',
      status: 201,
    }),
    param(IdParamSchema),
    body(EarlyFinishSchema),
    async (c) => c.json(await onVisitWith(c, c.req.valid('param').id, c.req.valid('json'), postEarlyFinish), 201),
  )
  .put(
    '/visits/:id/delivery',
    requireAction('timeline.delivery'),
    doc({
      summary: 'Build the delivery summary: checklist, next visit, closing words',
      tags,
      response: DeliverySchema,
      access: 'staff',
    }),
    param(IdParamSchema),
    body(BuildDeliverySchema),
    async (c) => c.json(await onVisitWith(c, c.req.valid('param').id, c.req.valid('json'), buildDelivery)),
  );
