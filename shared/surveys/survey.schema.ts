/**
 * A survey answer (seed 002): stars 1-5 for attitude, expertise, waiting time and overall, the NPS
 * question 0-10, an optional comment. The same shape comes from the outbox mutation and the link POST.
 */
import * as v from 'valibot';
import { UuidSchema } from '../ids.ts';
import { text } from '../schema/text.ts';
import { NPS_MAX, NPS_MIN } from './nps.ts';

export const STAR_DIMENSIONS = ['attitude', 'expertise', 'waiting', 'overall'] as const;
export type StarDimension = (typeof STAR_DIMENSIONS)[number];

/** Points earned on submit (seed 002), once per survey through the membership ledger. */
export const SURVEY_POINTS = 50;
/** Offered this long after delivery (seed 002), or at once when the customer opens the visit. */
export const SURVEY_OFFER_DELAY_MS = 24 * 60 * 60 * 1000;
/** A detractor is called within this long (seed 003). */
export const RECOVERY_DUE_MS = 24 * 60 * 60 * 1000;
export const COMMENT_MAX = 1000;
/** A visit delivered longer ago than this (history typed in later) is not surveyed. */
export const SURVEY_OFFER_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

const whole = (min: number, max: number, message: string) =>
  v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
const star = () => whole(1, 5, 'a rating is 1 to 5 stars');

export const SurveyAnswerSchema = v.strictObject({
  attitude: star(),
  expertise: star(),
  waiting: star(),
  overall: star(),
  nps: whole(NPS_MIN, NPS_MAX, 'the score is a whole number from 0 to 10'),
  comment: v.optional(v.pipe(text(), v.trim(), v.maxLength(COMMENT_MAX))),
});
export type SurveyAnswer = v.InferOutput<typeof SurveyAnswerSchema>;

/** One survey per delivered visit, so the visit names it: a second submission for it is refused. */
export const SubmitSurveyArgsSchema = v.strictObject({ visitId: UuidSchema, answer: SurveyAnswerSchema });
export type SubmitSurveyArgs = v.InferOutput<typeof SubmitSurveyArgsSchema>;

export const NpsScoreSchema = whole(NPS_MIN, NPS_MAX, 'the score is a whole number from 0 to 10');
/** After a recovery case is closed the customer may score again; the new score sits beside the first. */
export const RescoreArgsSchema = v.strictObject({ visitId: UuidSchema, nps: NpsScoreSchema });
export type RescoreArgs = v.InferOutput<typeof RescoreArgsSchema>;
