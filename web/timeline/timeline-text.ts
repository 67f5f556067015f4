/** Words for times and kinds on the Visit tab (the promise reads "今天 15:40" in the center's zone). */
import type { StaffRole } from '@shared/auth/auth.schema.ts';
import { promiseDisplay } from '@shared/timeline/promise.ts';
import type { Compensation, EventKind } from '@shared/timeline/timeline.schema.ts';
import type { CheckKey } from '@shared/timeline/delivery.schema.ts';
import { centerZone, fmtDay } from '../app/center.ts';
import { intlLocale, type useT } from '../i18n/i18n.ts';

type T = ReturnType<typeof useT>;

export function promiseText(t: T, iso: string, now = new Date()): string {
  const d = promiseDisplay(iso, now, centerZone(), intlLocale());
  if (d.dayOffset === 0) return t('timeline.promise.today', { time: d.time });
  if (d.dayOffset === 1) return t('timeline.promise.tomorrow', { time: d.time });
  return t('timeline.promise.onDate', { date: fmtDay(d.date), time: d.time });
}

export const kindLabel = (t: T, kind: EventKind) => t(`timeline.kind.${kind}` as 'timeline.kind.update');
export const stepLabel = (t: T, kind: EventKind) => t(`timeline.step.${kind}` as 'timeline.step.update');
export const roleLabel = (t: T, role: StaffRole) => t(`timeline.role.${role}` as 'timeline.role.advisor');
export const giftLabel = (t: T, c: Compensation) =>
  t(`timeline.compensation.${c}` as 'timeline.compensation.free_wash');
export const checkLabel = (t: T, key: CheckKey) => t(`timeline.check.${key}` as 'timeline.check.brakes');
