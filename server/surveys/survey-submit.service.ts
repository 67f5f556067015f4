/**
 * Submitting a survey (from the outbox or the signed link) and re-scoring after a recovery case.
 *
 * Once per visit: the visit row is locked, then the survey row is made if the job has not offered it
 * yet (the customer opened the delivered visit first) and filled only while unanswered, so a second
 * submission — a retry with a new id, another device, the link after the app — is refused with
 * already_answered and changes nothing. The 50 points are earned in the same transaction, idempotent
 * by the visit (source 'survey'); a score ≤ 6 opens the recovery case.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { lotExpiry } from '@shared/membership/tiers.ts';
import { err, ok, type Result } from '@shared/errors.ts';
import { DETRACTOR_MAX } from '@shared/surveys/nps.ts';
import { SURVEY_POINTS, type SurveyAnswer } from '@shared/surveys/survey.schema.ts';
import type { SurveyView } from '@shared/surveys/survey-view.schema.ts';
import type { DbOrTx } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { customerCenter, settingsFor } from '../membership/membership.service.ts';
import { earnPoints } from '../membership/points-ledger.ts';
import { settleNotifications } from '../notifications/notify.ts';
import { openCase, rescoreCase } from './recovery.service.ts';
import { publishSurvey } from './survey.view.ts';
import { surveys } from './survey.table.ts';

type VisitRow = typeof visits.$inferSelect;

/** The customer's own delivered visit, locked; anyone else's is not found. */
export async function lockDeliveredVisit(tx: DbOrTx, customerId: string, visitId: string): Promise<Result<VisitRow>> {
  const [visit] = await tx
    .select()
    .from(visits)
    .where(and(eq(visits.id, visitId), eq(visits.customerId, customerId)))
    .for('update');
  if (!visit) return err('not_found', 'No such visit.');
  if (visit.status !== 'delivered') return err('conflict', 'The survey opens once the car is delivered.');
  return ok(visit);
}

/** Makes the survey row if it is not there yet (offered now); returns whether it was made. */
export async function ensureSurvey(tx: DbOrTx, visit: VisitRow, offeredAt: Date | null) {
  const [row] = await tx
    .insert(surveys)
    .values({
      visitId: visit.id,
      centerId: visit.centerId,
      customerId: visit.customerId,
      advisorId: visit.advisorId,
      offeredAt,
    })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export async function submitSurvey(
  tx: DbOrTx,
  input: { customerId: string; visitId: string; answer: SurveyAnswer; channel: 'app' | 'link'; now: Date },
): Promise<Result<SurveyView>> {
  const locked = await lockDeliveredVisit(tx, input.customerId, input.visitId);
  if (!locked.ok) return locked;
  const visit = locked.value;
  await ensureSurvey(tx, visit, input.now);
  const a = input.answer;
  const [answered] = await tx
    .update(surveys)
    .set({
      submittedAt: input.now,
      channel: input.channel,
      attitude: a.attitude,
      expertise: a.expertise,
      waiting: a.waiting,
      overall: a.overall,
      nps: a.nps,
      comment: a.comment || null,
    })
    .where(and(eq(surveys.visitId, visit.id), isNull(surveys.submittedAt)))
    .returning();
  if (!answered) return err('already_answered', 'This survey was already answered.');
  const center = await customerCenter(tx, visit.customerId);
  const settings = await settingsFor(tx, visit.centerId);
  await earnPoints(
    tx,
    {
      customerId: visit.customerId,
      source: 'survey',
      sourceId: visit.id,
      points: SURVEY_POINTS,
      reason: 'survey',
      expiresAt: lotExpiry(input.now, settings.pointsLifeMonths, center!.timeZone),
    },
    input.now,
  );
  if (a.nps <= DETRACTOR_MAX) await openCase(tx, answered, input.now);
  // The invitation in 消息 is done: it stays as history, no longer a call to act.
  await settleNotifications(tx, visit.customerId, `survey:${visit.id}`, input.now);
  return ok(await publishSurvey(tx, visit.id, visit));
}

export async function rescore(
  tx: DbOrTx,
  input: { customerId: string; visitId: string; nps: number; now: Date },
): Promise<Result<SurveyView>> {
  const locked = await lockDeliveredVisit(tx, input.customerId, input.visitId);
  if (!locked.ok) return locked;
  const r = await rescoreCase(tx, input.visitId, input.nps, input.now);
  if (!r.ok) return r;
  return ok(await publishSurvey(tx, input.visitId, locked.value));
}
