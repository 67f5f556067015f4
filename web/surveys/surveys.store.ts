/** The survey's live reads from the device's mirror (offline too) and its two outbox actions. */
import type { Accessor } from 'solid-js';
import { ENTITIES } from '@shared/sync/entities.ts';
import { SURVEY_OFFER_WINDOW_MS, type SurveyAnswer } from '@shared/surveys/survey.schema.ts';
import { enqueue } from '../sync/outbox.ts';
import { liveRecord } from '../sync/records.ts';

export const liveSurvey = (visitId: Accessor<string | undefined>) => liveRecord(ENTITIES.survey, visitId);
export const liveVisit = (visitId: Accessor<string | undefined>) => liveRecord(ENTITIES.visit, visitId);

/** Offered at once on a visit delivered in the last week (the job texts it after 24 h). */
export const offerable = (deliveredAt: string | null | undefined, now = Date.now()) =>
  !!deliveredAt && now - Date.parse(deliveredAt) < SURVEY_OFFER_WINDOW_MS;

export const submitSurvey = (visitId: string, answer: SurveyAnswer) => enqueue('survey.submit', { visitId, answer });
export const rescoreSurvey = (visitId: string, nps: number) => enqueue('survey.rescore', { visitId, nps });
