/**
 * Staff routes of the surveys: the manager's dashboard (manager only), and the recovery cases the
 * advisors and the manager work on (list, take, close with what was done). Another center's case is 404.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { IdParamSchema } from '@shared/ids.ts';
import {
  CasesQuerySchema,
  CloseCaseSchema,
  DashboardQuerySchema,
  DashboardSchema,
  StaffCaseSchema,
} from '@shared/surveys/survey-staff.schema.ts';
import { requireAction } from '../auth/auth.middleware.ts';
import { type AppEnv, staffActor } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { body, param, query } from '../http/validate.ts';
import { closeCase, takeCase } from './recovery.service.ts';
import { listCases } from './survey-cases.service.ts';
import { dashboard } from './survey-dashboard.service.ts';

const tags = ['staff', 'surveys'];
type C = { var: AppEnv['Variables'] };
const actor = (c: C) => ({ ...staffActor(c), name: c.var.staff.name });

/** Mounted at /api/staff/surveys. */
export const staffSurveyRoutes = new Hono<AppEnv>()
  .get(
    '/dashboard',
    requireAction('surveys.dashboard'),
    doc({
      summary: 'NPS, band counts, star averages and NPS by week for a period',
      tags,
      response: DashboardSchema,
      access: 'staff',
    }),
    query(DashboardQuerySchema),
    async (c) => {
      const q = c.req.valid('query');
      if (q.from > q.to) throw new AppError('invalid', 'from must not be after to.');
      return c.json(await dashboard(c.var.db, c.var.staff.centerId, q.from, q.to));
    },
  )
  .get(
    '/cases',
    requireAction('surveys.cases'),
    doc({
      summary: 'Recovery cases, open first by deadline',
      tags,
      response: v.array(StaffCaseSchema),
      access: 'staff',
    }),
    query(CasesQuerySchema),
    async (c) => c.json(await listCases(c.var.db, c.var.staff.centerId, c.req.valid('query').status ?? 'open')),
  )
  .post(
    '/cases/:id/take',
    requireAction('surveys.cases'),
    doc({
      summary: 'Take a case: the customer is told who will call',
      tags,
      response: v.object({ ok: v.literal(true) }),
      access: 'staff',
    }),
    param(IdParamSchema),
    body(v.strictObject({})),
    async (c) => {
      const now = c.var.deps.clock.now();
      const r = await c.var.db.transaction((tx) => takeCase(tx, actor(c), c.req.valid('param').id, now));
      if (!r.ok) throw AppError.from(r);
      return c.json({ ok: true as const });
    },
  )
  .post(
    '/cases/:id/close',
    requireAction('surveys.cases'),
    doc({
      summary: 'Close a case, saying what was done',
      tags,
      response: v.object({ ok: v.literal(true) }),
      access: 'staff',
    }),
    param(IdParamSchema),
    body(CloseCaseSchema),
    async (c) => {
      const now = c.var.deps.clock.now();
      const { note } = c.req.valid('json');
      const r = await c.var.db.transaction((tx) => closeCase(tx, actor(c), c.req.valid('param').id, note, now));
      if (!r.ok) throw AppError.from(r);
      return c.json({ ok: true as const });
    },
  );
