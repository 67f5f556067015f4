import type { MutatorMap } from '../sync/mutators.ts';
import { rescore, submitSurvey } from './survey-submit.service.ts';

/** The customer's survey answer and the later re-score, through the outbox (exactly once). */
export const surveyMutators = {
  'survey.submit': async ({ tx, customerId, now }, args) =>
    submitSurvey(tx, { customerId, visitId: args.visitId, answer: args.answer, channel: 'app', now }),
  'survey.rescore': async ({ tx, customerId, now }, args) =>
    rescore(tx, { customerId, visitId: args.visitId, nps: args.nps, now }),
} satisfies MutatorMap;
