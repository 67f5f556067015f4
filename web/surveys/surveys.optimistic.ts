import { ENTITIES } from '@shared/sync/entities.ts';
import { SURVEY_POINTS } from '@shared/surveys/survey.schema.ts';
import type { EffectMap } from '../sync/optimistic.ts';

/**
 * An answer shows at once (with the device's time) and the thank-you with it; the server's row
 * replaces it on sync, with the case for a low score. A survey not offered yet has no row: the
 * answer makes a partial one (the screen reads the visit for the rest).
 */
export const surveyEffects = {
  'survey.submit': (view, args, meta) => {
    const row = view.get(ENTITIES.survey, args.visitId);
    if (row?.submittedAt) return; // a second submission changes nothing (the server refuses it)
    const { _pending, ...data } = row ?? { visitId: args.visitId, points: SURVEY_POINTS, case: null };
    view.put(ENTITIES.survey, args.visitId, {
      ...data,
      answer: args.answer,
      submittedAt: meta.at,
    });
  },
  'survey.rescore': (view, args, meta) => {
    const row = view.get(ENTITIES.survey, args.visitId);
    if (!row?.case?.mayRescore) return;
    const { _pending, ...data } = row;
    view.put(ENTITIES.survey, args.visitId, {
      ...data,
      case: { ...row.case, mayRescore: false, rescores: [...row.case.rescores, { nps: args.nps, at: meta.at }] },
    });
  },
} satisfies EffectMap;
