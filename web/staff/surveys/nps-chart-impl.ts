/**
 * The NPS-by-week chart with uPlot (canvas, no dependencies). Only this module imports uPlot, and it
 * is imported lazily from the staff chunk (nps-chart.tsx), so uPlot lands in assets/staff/ and never
 * in a customer's download or the precache.
 */
import uPlot from 'uplot';
import type { Dashboard } from '@shared/surveys/survey-staff.schema.ts';

export function drawNpsChart(el: HTMLElement, weeks: Dashboard['weeks'], label: string) {
  const xs = weeks.map((w) => Date.parse(`${w.weekStart}T00:00:00Z`) / 1000);
  const ys = weeks.map((w) => w.nps);
  const chart = new uPlot(
    {
      width: Math.max(320, el.clientWidth || 640),
      height: 220,
      legend: { show: false },
      cursor: { show: false },
      scales: { y: { range: [-100, 100] } },
      axes: [{}, { values: (_u, ticks) => ticks.map((t) => String(t)) }],
      series: [{}, { label, stroke: '#1d4ed8', width: 2, spanGaps: true, points: { show: true, size: 6 } }],
    },
    [xs, ys as (number | null)[]],
    el,
  );
  return () => chart.destroy();
}
