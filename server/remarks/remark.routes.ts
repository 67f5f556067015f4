/**
 * Staff API of remarks carried forward, mounted at /api/staff/remarks: a vehicle's remarks (the
 * check-in and visit screens list the open ones), what the customer mentions at the counter, and the
 * advisor's answer on a visit. Another center's vehicle, remark or visit is 404.
 */
import { Hono } from 'hono';
import { IdParamSchema } from '@shared/ids.ts';
import {
  AddRemarkSchema,
  AnswerRemarkSchema,
  RemarkListSchema,
  RemarkQuerySchema,
  RemarkSchema,
} from '@shared/remarks/remark.schema.ts';
import { requireAction } from '../auth/auth.middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { body, param, query } from '../http/validate.ts';
import { addCounterRemark, answerRemark, remarksOfVehicle } from './remark.service.ts';

const tags = ['staff', 'remarks'];

export const staffRemarkRoutes = new Hono<AppEnv>()
  .get(
    '/',
    requireAction('remarks.read'),
    doc({
      summary: 'A vehicle’s remarks, oldest first, with every answer',
      tags,
      response: RemarkListSchema,
      access: 'staff',
    }),
    query(RemarkQuerySchema),
    async (c) => {
      const list = await remarksOfVehicle(c.var.db, c.var.staff.centerId, c.req.valid('query').vehicleId);
      if (!list) throw new AppError('not_found', 'No such vehicle in this center.');
      return c.json(list);
    },
  )
  .post(
    '/',
    requireAction('remarks.add'),
    doc({
      summary: 'Note what the customer mentions at the counter',
      tags,
      response: RemarkSchema,
      access: 'staff',
      status: 201,
    }),
    body(AddRemarkSchema),
    async (c) => {
      const now = c.var.deps.clock.now();
      const r = await c.var.db.transaction((tx) =>
        addCounterRemark(tx, c.var.staff.centerId, c.req.valid('json'), now),
      );
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value, 201);
    },
  )
  .post(
    '/:id/answer',
    requireAction('remarks.answer'),
    doc({
      summary: 'Answer a remark on a visit: checked, fixed or still open',
      tags,
      response: RemarkSchema,
      access: 'staff',
    }),
    param(IdParamSchema),
    body(AnswerRemarkSchema),
    async (c) => {
      const s = c.var.staff;
      const now = c.var.deps.clock.now();
      const r = await c.var.db.transaction((tx) =>
        answerRemark(tx, { centerId: s.centerId, name: s.name }, c.req.valid('param').id, c.req.valid('json'), now),
      );
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value);
    },
  );
