/**
 * The `survey` row on the customer's device, one per delivered visit (id = the visit's id): whether it
 * was answered, the answer, the points it earned and, for a low score, the recovery case in the
 * customer's words (received → someone will call → resolved).
 */
import * as v from 'valibot';
import { IsoDateTimeSchema, UuidSchema } from '../ids.ts';
import { SurveyAnswerSchema } from './survey.schema.ts';

/** What the customer is told about a recovery case. */
export const CASE_STATES = ['received', 'calling', 'resolved'] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const RescoreSchema = v.object({ nps: v.number(), at: IsoDateTimeSchema });
export type Rescore = v.InferOutput<typeof RescoreSchema>;

export const CustomerCaseSchema = v.object({
  state: v.picklist(CASE_STATES),
  /** The name of whoever took the case ("陈经理 will call you"), once someone did. */
  callerName: v.nullable(v.string()),
  resolvedAt: v.nullable(IsoDateTimeSchema),
  /** May score again: the case is resolved and not re-scored since. */
  mayRescore: v.boolean(),
  rescores: v.array(RescoreSchema),
});
export type CustomerCase = v.InferOutput<typeof CustomerCaseSchema>;

export const SurveyViewSchema = v.object({
  visitId: UuidSchema,
  vehicleId: UuidSchema,
  visitTitle: v.string(),
  deliveredAt: v.nullable(IsoDateTimeSchema),
  offeredAt: v.nullable(IsoDateTimeSchema),
  submittedAt: v.nullable(IsoDateTimeSchema),
  answer: v.nullable(SurveyAnswerSchema),
  points: v.number(),
  case: v.nullable(CustomerCaseSchema),
});
export type SurveyView = v.InferOutput<typeof SurveyViewSchema>;
