/**
 * The wire contract of the sync engine (docs/sync.md; server/sync, web/sync).
 *
 * - A mutation is named by (clientId, seq): the device's id and its own gap-free sequence number.
 *   The server applies seq N only after N-1, records each (clientId, seq) in the same transaction as
 *   its effect, and answers a repeat with the stored result.
 * - A refusal is a processed mutation (status 'refused' with a reason code); it never blocks the queue.
 * - A pull returns the customer's changes after a cursor (a per-customer change sequence) and the last
 *   mutation seq the server has processed for this client, so the client drops exactly those from its
 *   outbox in the same local transaction that applies the changes.
 */
import * as v from 'valibot';
import { APP_ERROR_CODES } from '../errors.ts';
import { UuidSchema } from '../ids.ts';
import { text } from '../schema/text.ts';

export const MUTATION_BATCH_MAX = 100;
export const PULL_PAGE_MAX = 500;

export const MutationSchema = v.object({
  seq: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER)),
  name: v.pipe(text(), v.minLength(1), v.maxLength(64)),
  args: v.unknown(),
  /** When the customer acted, on their clock (kept for the record, never trusted for ordering). */
  at: v.pipe(v.string(), v.isoTimestamp()),
});
export type Mutation = v.InferOutput<typeof MutationSchema>;

export const PushRequestSchema = v.object({
  clientId: UuidSchema,
  mutations: v.pipe(v.array(MutationSchema), v.minLength(1), v.maxLength(MUTATION_BATCH_MAX)),
});
export type PushRequest = v.InferOutput<typeof PushRequestSchema>;

export const MutationResultSchema = v.object({
  seq: v.number(),
  status: v.picklist(['applied', 'refused']),
  reason: v.optional(v.picklist(APP_ERROR_CODES)),
  result: v.optional(v.unknown()),
});
export type MutationResult = v.InferOutput<typeof MutationResultSchema>;

export const PushResponseSchema = v.object({
  lastSeq: v.number(),
  results: v.array(MutationResultSchema),
});
export type PushResponse = v.InferOutput<typeof PushResponseSchema>;

export const PullQuerySchema = v.object({
  since: v.pipe(v.string(), v.regex(/^\d{1,15}$/, 'must be a whole number'), v.transform(Number)),
  clientId: v.optional(UuidSchema),
});

export const ChangeSchema = v.object({
  seq: v.number(),
  entity: v.string(),
  id: v.string(),
  /** The parent the client indexes this row under (e.g. the vehicle of a visit), or ''. */
  scope: v.string(),
  op: v.picklist(['put', 'delete']),
  data: v.nullable(v.record(v.string(), v.unknown())),
});
export type Change = v.InferOutput<typeof ChangeSchema>;

export const PullResponseSchema = v.object({
  cursor: v.number(),
  /** The highest mutation seq processed for the asking client (0 if none or no clientId given). */
  lastMutationSeq: v.number(),
  changes: v.array(ChangeSchema),
  hasMore: v.boolean(),
  /** The cursor was ahead of the server (its data was reset): drop the mirror and take this snapshot. */
  reset: v.optional(v.boolean()),
});
export type PullResponse = v.InferOutput<typeof PullResponseSchema>;

/** A poke on the live stream: "the customer's data changed up to seq; pull". */
export const PokeSchema = v.object({ seq: v.number() });
