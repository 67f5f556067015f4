/**
 * The signed survey link's API (/api/survey-link/:visitId/:token), used by survey.html with no
 * session. It answers only about the one visit the token was signed for: its title and date, the
 * center, the car's model and masked plate. GET reads only (previewers open links); the answer is a
 * POST. A forged, altered or another visit's token → 404; expired → 410 link_expired.
 */
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { SurveyLinkAnswerSchema, SurveyLinkParamSchema } from '@shared/surveys/survey-link.schema.ts';
import { SURVEY_POINTS, SurveyAnswerSchema } from '@shared/surveys/survey.schema.ts';
import { centers } from '../center/center.table.ts';
import type { DbOrTx } from '../db/client.ts';
import type { AppEnv } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { body, param } from '../http/validate.ts';
import { maskPlate } from '../quotes/quote-link.routes.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { checkSurveyToken } from './survey-link.ts';
import { submitSurvey } from './survey-submit.service.ts';
import { recoveryCases, surveys } from './survey.table.ts';

type C = { var: AppEnv['Variables'] };

async function centerOf(db: DbOrTx, centerId: string) {
  const [center] = await db
    .select({ name: centers.name, phone: centers.phone, timeZone: centers.timeZone })
    .from(centers)
    .where(eq(centers.id, centerId));
  return center!;
}

async function verified(c: C, visitId: string, token: string) {
  const check = await checkSurveyToken(c.var.db, c.var.deps.secret, visitId, token, c.var.deps.clock.now());
  if (check.status === 'invalid') throw new AppError('not_found', 'This link is not valid.');
  if (check.status === 'expired') {
    const { name, phone } = await centerOf(c.var.db, check.visit.centerId);
    throw new AppError('link_expired', 'This link has expired.', { center: { name, phone } });
  }
  return check;
}

async function answer(c: C, visitId: string, token: string) {
  const { visit, expiresAt } = await verified(c, visitId, token);
  const db = c.var.db;
  const [s] = await db.select().from(surveys).where(eq(surveys.visitId, visitId));
  const [kase] = await db
    .select({ id: recoveryCases.id })
    .from(recoveryCases)
    .where(eq(recoveryCases.visitId, visitId));
  const [car] = await db
    .select({ model: vehicles.model, plate: vehicles.plate })
    .from(vehicles)
    .where(eq(vehicles.id, visit.vehicleId));
  return {
    state: s?.submittedAt ? ('answered' as const) : ('open' as const),
    visitTitle: visit.title,
    deliveredAt: visit.deliveredAt?.toISOString() ?? null,
    center: await centerOf(db, visit.centerId),
    vehicle: { model: car!.model, plateMasked: maskPlate(car!.plate) },
    points: SURVEY_POINTS,
    expiresAt: expiresAt.toISOString(),
    callPromised: !!kase,
  };
}

/** Mounted at /api/survey-link. */
export const surveyLinkRoutes = new Hono<AppEnv>()
  .get(
    '/:visitId/:token',
    doc({
      summary: 'The visit a survey link is for (read only)',
      tags: ['surveys'],
      response: SurveyLinkAnswerSchema,
      access: 'link',
    }),
    param(SurveyLinkParamSchema),
    async (c) => {
      const { visitId, token } = c.req.valid('param');
      c.header('cache-control', 'no-store');
      return c.json(await answer(c, visitId, token));
    },
  )
  .post(
    '/:visitId/:token',
    doc({
      summary: 'Answer the survey from its link (once per visit)',
      tags: ['surveys'],
      response: SurveyLinkAnswerSchema,
      access: 'link',
    }),
    param(SurveyLinkParamSchema),
    body(SurveyAnswerSchema),
    async (c) => {
      const { visitId, token } = c.req.valid('param');
      const { visit } = await verified(c, visitId, token);
      const input = c.req.valid('json');
      const now = c.var.deps.clock.now();
      const r = await c.var.db.transaction((tx) =>
        submitSurvey(tx, { customerId: visit.customerId, visitId, answer: input, channel: 'link', now }),
      );
      if (!r.ok) throw AppError.from(r);
      return c.json(await answer(c, visitId, token));
    },
  );
