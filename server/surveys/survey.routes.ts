/**
 * Survey HTTP routes for the customer. The device normally reads its mirror; this read serves first
 * loads and tests. Answers go through the outbox ('survey.submit'); another customer's visit is 404.
 */
import { Hono } from 'hono';
import { and, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { UuidSchema } from '@shared/ids.ts';
import { SurveyViewSchema } from '@shared/surveys/survey-view.schema.ts';
import { requireCustomer } from '../auth/auth.middleware.ts';
import { visits } from '../health-record/visit.table.ts';
import type { AppEnv } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { param } from '../http/validate.ts';
import { surveyView } from './survey.view.ts';
import { surveys } from './survey.table.ts';

/** Mounted at /api/surveys. */
export const surveyRoutes = new Hono<AppEnv>().get(
  '/:visitId',
  requireCustomer,
  doc({
    summary: 'The survey of my delivered visit',
    tags: ['surveys'],
    response: SurveyViewSchema,
    access: 'customer',
  }),
  param(v.object({ visitId: UuidSchema })),
  async (c) => {
    const { visitId } = c.req.valid('param');
    const [visit] = await c.var.db
      .select()
      .from(visits)
      .where(and(eq(visits.id, visitId), eq(visits.customerId, c.var.customerId), eq(visits.status, 'delivered')));
    if (!visit) throw new AppError('not_found');
    const [row] = await c.var.db.select().from(surveys).where(eq(surveys.visitId, visitId));
    // Not offered yet: shown as it would be, without writing anything on a GET.
    const s = row ?? {
      visitId,
      centerId: visit.centerId,
      customerId: visit.customerId,
      advisorId: visit.advisorId,
      offeredAt: null,
      submittedAt: null,
      channel: null,
      attitude: null,
      expertise: null,
      waiting: null,
      overall: null,
      nps: null,
      comment: null,
      createdAt: c.var.deps.clock.now(),
    };
    return c.json(await surveyView(c.var.db, s, visit));
  },
);
