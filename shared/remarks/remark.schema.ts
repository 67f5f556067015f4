/**
 * A remark: something the customer said about the car (at booking, at check-in) or something the
 * workshop left for later (a finding not fixed, a deferred quote line), kept on the vehicle until an
 * advisor answers it. Each answer belongs to a visit, so every delivery summary keeps the answer it
 * gave, and a remark answered "still open" comes back at the next booking and check-in.
 */
import * as v from 'valibot';
import { text } from '../schema/text.ts';
import { IsoDateTimeSchema, UuidSchema } from '../ids.ts';

export const REMARK_TEXT_MAX = 500;
export const REMARK_NOTE_MAX = 300;

export const RemarkSourceSchema = v.picklist(['booking', 'check_in', 'finding', 'deferral']);
export type RemarkSource = v.InferOutput<typeof RemarkSourceSchema>;

/** What the advisor answered: looked at it, fixed it, or it stays on the list for next time. */
export const AnswerStatusSchema = v.picklist(
  ['checked', 'fixed', 'still_open'],
  'must be checked, fixed or still_open',
);
export type AnswerStatus = v.InferOutput<typeof AnswerStatusSchema>;
export type RemarkStatus = 'open' | AnswerStatus;

export const RemarkAnswerSchema = v.object({
  visitId: UuidSchema,
  status: AnswerStatusSchema,
  note: v.nullable(v.string()),
  by: v.string(),
  at: IsoDateTimeSchema,
});
export type RemarkAnswer = v.InferOutput<typeof RemarkAnswerSchema>;

/** The customer-facing row (mirrored to the device, scoped by vehicle) and the staff list's row. */
export const RemarkSchema = v.object({
  id: UuidSchema,
  vehicleId: UuidSchema,
  source: RemarkSourceSchema,
  text: v.string(),
  raisedAt: IsoDateTimeSchema,
  status: v.picklist(['open', 'checked', 'fixed', 'still_open']),
  answers: v.array(RemarkAnswerSchema),
});
export type Remark = v.InferOutput<typeof RemarkSchema>;
export const RemarkListSchema = v.array(RemarkSchema);

/** Open means it waits for an answer: never answered, or answered "still open". */
export const isOpenRemark = (r: Pick<Remark, 'status'>) => r.status === 'open' || r.status === 'still_open';

/** The answer a given visit gave, if any (the delivery summary shows it). */
export const answerOfVisit = (r: Pick<Remark, 'answers'>, visitId: string) =>
  r.answers.findLast((a) => a.visitId === visitId) ?? null;

const RemarkText = v.pipe(
  text(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(REMARK_TEXT_MAX, `must be at most ${REMARK_TEXT_MAX} characters`),
);

/** Staff: what the customer mentions at the counter. */
export const AddRemarkSchema = v.object({ vehicleId: UuidSchema, text: RemarkText });
export type AddRemark = v.InferOutput<typeof AddRemarkSchema>;

/** Staff: the advisor's answer, given on an open visit of the remark's vehicle. */
export const AnswerRemarkSchema = v.object({
  visitId: UuidSchema,
  status: AnswerStatusSchema,
  note: v.optional(
    v.nullable(v.pipe(text(), v.trim(), v.maxLength(REMARK_NOTE_MAX, `must be at most ${REMARK_NOTE_MAX} characters`))),
    null,
  ),
});
export type AnswerRemark = v.InferOutput<typeof AnswerRemarkSchema>;

export const RemarkQuerySchema = v.object({ vehicleId: UuidSchema });
