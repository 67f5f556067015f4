/**
 * Offering the survey 24 h after delivery (seed 002), exactly once per visit, also with several
 * processes: due visits are taken FOR UPDATE SKIP LOCKED (another process skips them, and a customer
 * answering at that moment waits on the same visit row), the survey row is inserted only if none
 * exists (the visit is its key) and the notice is written in the same transaction with the dedupe key
 * survey:<visitId>. A crash before commit leaves the visit for the next pass.
 *
 * The notice goes through the notification pipeline; its link is the signed survey link, so the text
 * message (when push does not carry the notice) opens the survey without signing in, and in the app
 * it opens the survey screen (web/routes.tsx maps /survey.html to it).
 */
import { and, asc, eq, gt, lte, notExists, sql } from 'drizzle-orm';
import { SURVEY_OFFER_DELAY_MS, SURVEY_OFFER_WINDOW_MS, SURVEY_POINTS } from '@shared/surveys/survey.schema.ts';
import type { Db } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { notify } from '../notifications/notify.ts';
import { surveyLinkPath } from './survey-link.ts';
import { ensureSurvey } from './survey-submit.service.ts';
import { publishSurvey } from './survey.view.ts';
import { surveys } from './survey.table.ts';

export const surveyNotice = (title: string) => ({
  title: { zh: '请为本次服务打个分', en: 'How was your service?' },
  body: {
    zh: `「${title}」已完成。花一分钟告诉我们您的感受，提交即得 ${SURVEY_POINTS} 积分。`,
    en: `"${title}" is done. Tell us how it went in a minute and earn ${SURVEY_POINTS} points.`,
  },
});

export async function offerDueSurveys(db: Db, secret: string, now: Date, limit = 100) {
  return db.transaction(async (tx) => {
    const dueBefore = new Date(now.getTime() - SURVEY_OFFER_DELAY_MS);
    const due = await tx
      .select()
      .from(visits)
      .where(
        and(
          eq(visits.status, 'delivered'),
          lte(visits.deliveredAt, dueBefore),
          gt(visits.deliveredAt, new Date(dueBefore.getTime() - SURVEY_OFFER_WINDOW_MS)),
          notExists(tx.select({ one: sql`1` }).from(surveys).where(eq(surveys.visitId, visits.id))),
        ),
      )
      .orderBy(asc(visits.deliveredAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    let offered = 0;
    for (const visit of due) {
      // Already there when the customer answered meanwhile: nothing to offer.
      if (!(await ensureSurvey(tx, visit, now))) continue;
      const link = surveyLinkPath(secret, visit, now);
      await notify(tx, {
        customerId: visit.customerId,
        kind: 'survey',
        ...surveyNotice(visit.title),
        link: link.path,
        at: now,
        dedupeKey: `survey:${visit.id}`,
      });
      await publishSurvey(tx, visit.id, visit);
      offered++;
    }
    return { seen: due.length, offered };
  });
}
