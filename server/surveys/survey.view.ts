/**
 * The customer's `survey` row (shared/surveys/survey-view.schema.ts), built from the survey, its
 * recovery case and the visit, and published in the caller's transaction after every change.
 */
import { eq } from 'drizzle-orm';
import type { CaseState, SurveyView } from '@shared/surveys/survey-view.schema.ts';
import { SURVEY_POINTS, type SurveyAnswer } from '@shared/surveys/survey.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import type { DbOrTx } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { staff } from '../staff/staff.table.ts';
import { publish } from '../sync/publish.ts';
import { recoveryCases, surveys } from './survey.table.ts';

export type SurveyRow = typeof surveys.$inferSelect;
export type CaseRow = typeof recoveryCases.$inferSelect;
type VisitRow = typeof visits.$inferSelect;

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function answerOf(s: SurveyRow): SurveyAnswer | null {
  if (!s.submittedAt || s.nps === null) return null;
  return {
    attitude: s.attitude!,
    expertise: s.expertise!,
    waiting: s.waiting!,
    overall: s.overall!,
    nps: s.nps,
    ...(s.comment ? { comment: s.comment } : {}),
  };
}

export const caseState = (c: CaseRow): CaseState =>
  c.status === 'closed' ? 'resolved' : c.takenById ? 'calling' : 'received';

/** A closed case invites one more score, until the customer gives it. */
export const mayRescore = (c: CaseRow) =>
  c.status === 'closed' && (c.rescores.length === 0 || c.rescores.at(-1)!.at < c.closedAt!.toISOString());

export async function surveyView(db: DbOrTx, s: SurveyRow, visit?: VisitRow): Promise<SurveyView> {
  const v = visit ?? (await db.select().from(visits).where(eq(visits.id, s.visitId)))[0]!;
  const [c] = await db
    .select({ c: recoveryCases, callerName: staff.name })
    .from(recoveryCases)
    .leftJoin(staff, eq(staff.id, recoveryCases.takenById))
    .where(eq(recoveryCases.visitId, s.visitId));
  return {
    visitId: s.visitId,
    vehicleId: v.vehicleId,
    visitTitle: v.title,
    deliveredAt: iso(v.deliveredAt),
    offeredAt: iso(s.offeredAt),
    submittedAt: iso(s.submittedAt),
    answer: answerOf(s),
    points: SURVEY_POINTS,
    case: c
      ? {
          state: caseState(c.c),
          callerName: c.callerName,
          resolvedAt: c.c.status === 'closed' ? iso(c.c.closedAt) : null,
          mayRescore: mayRescore(c.c),
          rescores: c.c.rescores,
        }
      : null,
  };
}

export async function publishSurvey(tx: DbOrTx, visitId: string, visit?: VisitRow): Promise<SurveyView> {
  const [s] = await tx.select().from(surveys).where(eq(surveys.visitId, visitId));
  const view = await surveyView(tx, s!, visit);
  await publish(tx, {
    customerId: s!.customerId,
    entity: ENTITIES.survey,
    id: visitId,
    scope: view.vehicleId,
    data: view,
  });
  return view;
}
