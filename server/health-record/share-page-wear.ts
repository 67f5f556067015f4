/**
 * The share page's wear forecast: the same projection the owner's app shows (shared/health-record/
 * health-summary.ts, one source of truth), in words for a buyer ("at this car's pace").
 */
import { vehiclePace, wearByComponent } from '@shared/health-record/health-summary.ts';
import type { SharedHistory } from '@shared/health-record/record-view.schema.ts';
import { roughDuration, type WearProjection } from '@shared/health-record/wear.ts';
import { dayText, esc, fill } from './share-page-format.ts';
import type { ShareWords } from './share-page-words.ts';

const FAR_DAYS = 730;

function projectionText(p: WearProjection, w: ShareWords, locale: string) {
  switch (p.status) {
    case 'limit_reached':
      return w.limitReached;
    case 'too_few':
      return w.tooFew;
    case 'no_wear':
      return w.noWear;
    case 'projected': {
      if (p.daysLeft === null || p.limitDate === null)
        return fill(w.projectedFar, { km: new Intl.NumberFormat(locale).format(p.kmLeft) });
      if (p.daysLeft <= 0 || p.kmLeft === 0) return w.projectedPast;
      if (p.daysLeft > FAR_DAYS) return fill(w.projectedFar, { km: new Intl.NumberFormat(locale).format(p.kmLeft) });
      const d = roughDuration(p.daysLeft);
      return fill(w.projected, {
        when: fill(w.duration[d.unit], { n: d.n }),
        km: new Intl.NumberFormat(locale).format(p.kmLeft),
        date: dayText(p.limitDate, locale),
      });
    }
  }
}

const unit = (p: WearProjection) => (p.kind === 'battery_pct' ? ' %' : ' mm');

export function wearHtml(h: SharedHistory, w: ShareWords, locale: string, now: Date) {
  const wear = wearByComponent(h.readings, vehiclePace(h.visits, h.readings), now.toISOString());
  if (!wear.length) return '';
  const items = wear
    .map(({ component, projection: p }) => {
      const name = w.component[component as keyof ShareWords['component']] ?? component;
      const latest = fill(w.latest, { value: `${p.last.value}${unit(p)}` });
      return `<li data-component="${esc(component)}"><strong>${esc(name)}</strong> · ${esc(latest)}<br>${esc(projectionText(p, w, locale))}</li>`;
    })
    .join('');
  return `<h2>${esc(w.wear)}</h2><p><small>${esc(w.wearLead)}</small></p><ul class="wear">${items}</ul>`;
}
