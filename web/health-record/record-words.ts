/** Words for the health record: the status-first headline and the projection sentences. */
import type { MeasureKind } from '@shared/health-record/record-codes.schema.ts';
import type { Headline } from '@shared/health-record/health-summary.ts';
import { roughDuration, type WearProjection } from '@shared/health-record/wear.ts';
import { fmtDate, fmtDay } from '../app/center.ts';
import { intlLocale, type useT } from '../i18n/i18n.ts';
import { partShown, textShown } from '../i18n/workshop-words.ts';

type T = ReturnType<typeof useT>;

/** Beyond two years a date means little: it is said as "more than 2 years". */
const FAR_DAYS = 730;

export const km = (n: number) => Math.round(n).toLocaleString(intlLocale());

export function componentName(t: T, component: string) {
  const key = `healthRecord.component.${component}`;
  const word = t(key as 'healthRecord.component.battery');
  return word && word !== key ? word : component;
}

export const measure = (t: T, kind: MeasureKind, value: number) =>
  t(`healthRecord.unit.${kind}` as 'healthRecord.unit.tread_mm', {
    v: Number.isInteger(value) ? String(value) : value.toFixed(1),
  });

export function duration(t: T, days: number) {
  const d = roughDuration(days);
  return t(`healthRecord.duration.${d.unit}` as 'healthRecord.duration.day', { n: d.n });
}

/** "At your driving pace, about 2 months / 1,700 km left (around 28 Jan 2027)", or what stands in for it. */
export function projectionText(t: T, p: WearProjection): string {
  switch (p.status) {
    case 'limit_reached':
      return t('healthRecord.reached');
    case 'too_few':
      return t('healthRecord.tooFew');
    case 'no_wear':
      return t('healthRecord.noWear');
    case 'projected':
      if (p.daysLeft === null || p.limitDate === null)
        return t('healthRecord.projected', { when: '—', km: km(p.kmLeft), date: '—' });
      if (p.daysLeft <= 0 || p.kmLeft === 0) return t('healthRecord.projectedPast');
      if (p.daysLeft > FAR_DAYS) return t('healthRecord.projectedFar', { km: km(p.kmLeft) });
      return t('healthRecord.projected', {
        when: duration(t, p.daysLeft),
        km: km(p.kmLeft),
        date: fmtDay(p.limitDate),
      });
  }
}

/** The uncertainty, stated: the date range, and a warning when the readings are few. */
export function uncertaintyText(t: T, p: WearProjection): string[] {
  const lines: string[] = [];
  const days = p.status === 'projected' ? (p.daysLeft ?? 0) : 0;
  if (p.status === 'projected' && p.earliestDate && p.latestDate && days > 0 && days <= FAR_DAYS) {
    lines.push(t('healthRecord.range', { from: fmtDay(p.earliestDate), to: fmtDay(p.latestDate) }));
    if (p.confidence === 'low') lines.push(t('healthRecord.fewReadings', { n: p.series.length }));
  }
  if (p.restartedAt) lines.push(t('healthRecord.newPart', { date: fmtDate(p.restartedAt) }));
  return lines;
}

export function headlineText(t: T, h: Headline): string {
  switch (h.kind) {
    case 'red_finding':
      return t('healthRecord.headline.red', {
        component: partShown(h.finding.component).text,
        note: h.finding.note
          ? textShown(h.finding.note, h.finding.noteEn).text
          : textShown(h.finding.recommendation, h.finding.recommendationEn).text,
      });
    case 'wear': {
      const p = h.wear.projection;
      const component = componentName(t, h.wear.component);
      const value = measure(t, p.kind, p.last.value);
      if (p.status === 'projected' && (p.daysLeft ?? 0) > 0)
        return t('healthRecord.headline.wear', { component, value, when: duration(t, p.daysLeft!) });
      return t('healthRecord.headline.wearReached', { component, value });
    }
    case 'service_due':
      return h.due.overdue
        ? t('healthRecord.headline.serviceOverdue')
        : t('healthRecord.headline.serviceDue', { date: fmtDay(h.due.dueDate) });
    case 'yellow_finding':
      return t('healthRecord.headline.yellow', { component: partShown(h.finding.component).text });
    case 'all_good':
      return t('healthRecord.headline.allGood', { date: fmtDay(h.due.dueDate) });
  }
}
