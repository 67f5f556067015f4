import type { Accessor } from 'solid-js';
import type { FamilyScope } from '@shared/family/family.schema.ts';
import { formatFen } from '@shared/money.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import type { useT } from '../i18n/i18n.ts';
import { intlLocale } from '../i18n/i18n.ts';
import { liveRecords } from '../sync/records.ts';

/** The vehicles shared with me (the mirror's `family_share` rows), under one vehicle or all. */
export const listShares = (vehicleId?: Accessor<string | undefined>) => liveRecords(ENTITIES.familyShare, vehicleId);

/** A scope in words: "仅查看" / "可预约，可确认 ¥500 以内的报价". */
export function scopeWords(t: ReturnType<typeof useT>, scope: FamilyScope, approveLimitFen: number) {
  if (scope === 'view') return t('family.scopeViewShort');
  if (approveLimitFen > 0) return t('family.scopeBookLimit', { amount: formatFen(approveLimitFen, intlLocale()) });
  return t('family.scopeBookShort');
}
