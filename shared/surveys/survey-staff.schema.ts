/** The staff console's survey answers: the manager dashboard and the recovery cases. */
import * as v from 'valibot';
import { IsoDateSchema, IsoDateTimeSchema, UuidSchema } from '../ids.ts';
import { text } from '../schema/text.ts';
import { STAR_DIMENSIONS } from './survey.schema.ts';

export const DashboardQuerySchema = v.strictObject({ from: IsoDateSchema, to: IsoDateSchema });

const Stars = v.object(
  Object.fromEntries(STAR_DIMENSIONS.map((d) => [d, v.nullable(v.number())])) as Record<
    (typeof STAR_DIMENSIONS)[number],
    v.NullableSchema<v.NumberSchema<undefined>, undefined>
  >,
);

export const DashboardSchema = v.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  counts: v.object({ promoters: v.number(), passives: v.number(), detractors: v.number(), total: v.number() }),
  nps: v.nullable(v.number()),
  stars: Stars,
  advisors: v.array(
    v.object({ advisorId: v.nullable(UuidSchema), name: v.string(), answers: v.number(), stars: Stars }),
  ),
  weeks: v.array(v.object({ weekStart: IsoDateSchema, nps: v.nullable(v.number()), total: v.number() })),
});
export type Dashboard = v.InferOutput<typeof DashboardSchema>;

export const CaseEventSchema = v.object({
  kind: v.picklist(['opened', 'taken', 'closed', 'rescored', 'reopened', 'overdue']),
  at: IsoDateTimeSchema,
  by: v.optional(v.string()),
  note: v.optional(v.string()),
  nps: v.optional(v.number()),
});
export type CaseEvent = v.InferOutput<typeof CaseEventSchema>;

export const StaffCaseSchema = v.object({
  id: UuidSchema,
  visitId: UuidSchema,
  vehicleId: UuidSchema,
  visitTitle: v.string(),
  plate: v.string(),
  customerName: v.string(),
  customerPhone: v.string(),
  advisorName: v.nullable(v.string()),
  status: v.picklist(['open', 'closed']),
  openedAt: IsoDateTimeSchema,
  dueAt: IsoDateTimeSchema,
  overdueAt: v.nullable(IsoDateTimeSchema),
  escalatedToName: v.nullable(v.string()),
  takenByName: v.nullable(v.string()),
  nps: v.number(),
  comment: v.nullable(v.string()),
  rescores: v.array(v.object({ nps: v.number(), at: IsoDateTimeSchema })),
  events: v.array(CaseEventSchema),
  timeline: v.array(v.object({ kind: v.string(), at: IsoDateTimeSchema, note: v.nullable(v.string()) })),
});
export type StaffCase = v.InferOutput<typeof StaffCaseSchema>;

export const CasesQuerySchema = v.strictObject({ status: v.optional(v.picklist(['open', 'all'])) });
export const CloseCaseSchema = v.strictObject({
  note: v.pipe(text(), v.trim(), v.minLength(1, 'say what was done'), v.maxLength(1000)),
});
