import type { Tier } from '@shared/membership/settings.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { liveSingle } from '../sync/records.ts';

export const liveMembership = () => liveSingle(ENTITIES.membership);

export type BenefitWords = (key: string, params?: Record<string, string | number>) => string;

/** A tier's benefits as sentences (the screen lists them; nothing is shown by colour alone). */
export function benefitsOf(tier: Tier, t: BenefitWords): string[] {
  const out: string[] = [];
  if (tier.maintenanceDiscountPct > 0) {
    const pct = tier.maintenanceDiscountPct;
    out.push(t('membership.benefit.discount', { pct, off: String((100 - pct) / 10) }));
  }
  if (tier.priorityDays > 0) out.push(t('membership.benefit.priority', { days: tier.priorityDays }));
  if (tier.loaner) out.push(t('membership.benefit.loaner'));
  if (tier.birthdayGift) out.push(t('membership.benefit.birthday'));
  return out;
}
