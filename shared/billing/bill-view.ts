/**
 * The `bill` row mirrored to the customer's devices (id: the visit, scope: the vehicle): the final
 * bill (final-bill.ts) and the customer's receipt request, read by the delivery summary and the
 * health record's visit entry; staff read the same shape at the payment step.
 */
import * as v from 'valibot';
import { TierCodeSchema } from '../membership/settings.schema.ts';
import { FapiaoTitleSchema } from './fapiao.schema.ts';

const BillLineSchema = v.object({
  source: v.picklist(['work', 'quote']),
  id: v.string(),
  quoteId: v.nullable(v.string()),
  title: v.string(),
  titleEn: v.nullable(v.string()),
  partsFen: v.number(),
  labourFen: v.number(),
  totalFen: v.number(),
});

const BillDeductionSchema = v.variant('kind', [
  v.object({ kind: v.literal('member_discount'), tier: TierCodeSchema, pct: v.number(), fen: v.number() }),
  v.object({ kind: v.literal('delay_discount'), pct: v.number(), fen: v.number() }),
  v.object({ kind: v.literal('voucher'), voucherId: v.string(), voucherKind: v.string(), fen: v.number() }),
  v.object({ kind: v.literal('points'), points: v.number(), fen: v.number() }),
]);

export const BillViewSchema = v.object({
  visitId: v.string(),
  vehicleId: v.string(),
  lines: v.array(BillLineSchema),
  subtotalFen: v.number(),
  deductions: v.array(BillDeductionSchema),
  dueFen: v.number(),
  paidFen: v.number(),
  paidAt: v.nullable(v.string()),
  paymentMethod: v.nullable(v.string()),
  outstandingFen: v.number(),
  fapiao: v.nullable(v.object({ title: FapiaoTitleSchema, email: v.string(), requestedAt: v.string() })),
});
export type BillView = v.InferOutput<typeof BillViewSchema>;
