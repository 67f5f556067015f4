/**
 * Which delay compensation and early-finish gifts (seed 003) become vouchers in the wallet, what
 * each is worth off a later payment and how long it keeps. "20 % off this service" is not a wallet
 * item: it comes off this visit's own bill (DELAY_DISCOUNT_PCT, shared/billing/final-bill.ts).
 */
import * as v from 'valibot';
import { addDays, zonedDate, zonedTimeToUtc } from '../time.ts';
import type { Compensation } from '../timeline/timeline.schema.ts';

export const VOUCHER_KINDS = ['wash', 'accessory'] as const;
export type VoucherKind = (typeof VOUCHER_KINDS)[number];

export const VOUCHER_FOR: Partial<Record<Compensation, { kind: VoucherKind; valueFen: number; lifeDays: number }>> = {
  // One exterior wash at the center (its list price), usable for half a year.
  free_wash: { kind: 'wash', valueFen: 5_000, lifeDays: 180 },
  // 200 yuan off accessories (精品) for a year.
  accessory_voucher_200: { kind: 'accessory', valueFen: 20_000, lifeDays: 365 },
};

/** "20 % off this service": what the delay compensation `discount_20` takes off the visit's bill. */
export const DELAY_DISCOUNT_PCT: Partial<Record<Compensation, number>> = { discount_20: 20 };

export const VoucherViewSchema = v.object({
  id: v.string(),
  kind: v.picklist(VOUCHER_KINDS),
  valueFen: v.number(),
  source: v.picklist(['delay', 'early_finish']),
  issuedAt: v.string(),
  expiresAt: v.string(),
  usedAt: v.nullable(v.string()),
  usedVisitId: v.nullable(v.string()),
});
export type VoucherView = v.InferOutput<typeof VoucherViewSchema>;

/** Usable now: not used and not expired. */
export const voucherUsable = (x: Pick<VoucherView, 'usedAt' | 'expiresAt'>, now: Date) =>
  x.usedAt === null && Date.parse(x.expiresAt) > now.getTime();

/** A voucher given at `at` keeps until the end of the center's local day `lifeDays` later. */
export function voucherExpiry(at: Date, lifeDays: number, timeZone: string): Date {
  const last = addDays(zonedDate(at, timeZone), lifeDays + 1);
  return new Date(zonedTimeToUtc(last, 0, timeZone).getTime() - 1000);
}
