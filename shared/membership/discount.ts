/**
 * The tier's maintenance discount on a quote or a visit (issue 14 item 3), pure: which lines it
 * applies to (the center's maintenance services) and how much it takes off, rounded down to the fen
 * so the customer is never charged more than the stated percentage.
 */
import * as v from 'valibot';
import { TierCodeSchema } from './settings.schema.ts';

/** Service codes that count as maintenance (保养): routine work, not diagnosis or repairs. */
export const MAINTENANCE_CODES: readonly string[] = [
  'maintenance',
  'first_service',
  'tire_rotation',
  'brake_check',
  'cabin_filter',
];

export const MemberDiscountSchema = v.object({
  tier: TierCodeSchema,
  pct: v.number(),
  /** The lines it applies to (their keys) and what it takes off all of them together, in fen. */
  lineKeys: v.array(v.string()),
  fen: v.number(),
});
export type MemberDiscount = v.InferOutput<typeof MemberDiscountSchema>;

type PricedLine = { key: string; serviceCode?: string | null; partsFen: number; labourFen: number };

export function maintenanceDiscount(
  tier: { code: MemberDiscount['tier']; maintenanceDiscountPct: number },
  lines: readonly PricedLine[],
): MemberDiscount | null {
  if (tier.maintenanceDiscountPct <= 0) return null;
  const applies = lines.filter((l) => l.serviceCode && MAINTENANCE_CODES.includes(l.serviceCode));
  if (!applies.length) return null;
  const base = applies.reduce((s, l) => s + l.partsFen + l.labourFen, 0);
  return {
    tier: tier.code,
    pct: tier.maintenanceDiscountPct,
    lineKeys: applies.map((l) => l.key),
    fen: Math.floor((base * tier.maintenanceDiscountPct) / 100),
  };
}

/** The discount on the lines a customer chose (a package, or a free choice). */
export const discountOnChosen = (d: MemberDiscount | null | undefined, chosen: readonly PricedLine[]) => {
  if (!d) return 0;
  const base = chosen.filter((l) => d.lineKeys.includes(l.key)).reduce((s, l) => s + l.partsFen + l.labourFen, 0);
  return Math.floor((base * d.pct) / 100);
};
