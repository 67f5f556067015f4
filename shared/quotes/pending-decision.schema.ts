import * as v from 'valibot';
import { IsoDateTimeSchema } from '../ids.ts';
import { DecideFieldsSchema } from './decide-args.schema.ts';

/** What a device shows of a decision it signed until the server's record arrives (web/quotes/quotes.optimistic.ts). */
export const PendingDecisionSchema = v.object({
  ...v.pick(DecideFieldsSchema, ['decisions', 'option', 'signature', 'packageChoice']).entries,
  at: IsoDateTimeSchema,
});
export type PendingDecision = v.InferOutput<typeof PendingDecisionSchema>;
