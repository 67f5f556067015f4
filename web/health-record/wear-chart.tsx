/**
 * An accessible SVG chart of one kind of wear (tread, brake pads, battery) across visits: one line
 * per component and part fitted (a replacement starts a new line, marked 更换), the limit as a dashed red line, and each projection as a dashed line to the date it
 * reaches the limit. Screen readers get a title, a summary and the readings as a table. Plain SVG:
 * no chart library to download, and it prints.
 */
import { createMemo, createUniqueId, For, Show } from 'solid-js';
import type { MeasureKind } from '@shared/health-record/record-codes.schema.ts';
import type { ReadingView } from '@shared/health-record/record-view.schema.ts';
import { DAY } from '@shared/time.ts';
import { type WearProjection, wearSegments } from '@shared/health-record/wear.ts';
import { fmtDate } from '../app/center.ts';
import { intlLocale, useT } from '../i18n/i18n.ts';
import { componentName, measure } from './record-words.ts';

export type ChartSeries = { component: string; readings: ReadingView[]; projection: WearProjection };

const W = 340;
const H = 190;
const M = { l: 34, r: 12, t: 12, b: 26 };
export const SERIES_STYLE = [
  { color: '#1d4ed8', dash: '' },
  { color: '#0f766e', dash: '6 3' },
  { color: '#7c3aed', dash: '2 3' },
  { color: '#b45309', dash: '8 3 2 3' },
];
// Projections further out than this are left off the chart (they are in the words below it).
const MAX_AHEAD = 400 * DAY;

export function WearChart(props: { kind: MeasureKind; series: ChartSeries[] }) {
  const t = useT();
  const id = createUniqueId();
  // Memos: sx/sy run for every point and tick, and props.series may be a getter that maps anew.
  const series = createMemo(() => props.series);
  const limit = () => series()[0]!.projection.limit;
  const points = createMemo(() =>
    series().flatMap((s) => s.readings.map((r) => ({ x: Date.parse(r.measuredAt), y: r.value }))),
  );
  const projEnd = (p: WearProjection) =>
    p.status === 'projected' && p.limitDate ? Date.parse(`${p.limitDate}T00:00:00Z`) : null;
  const xs = createMemo(() => {
    const base = points().map((p) => p.x);
    const last = Math.max(...base);
    const ends = series()
      .map((s) => projEnd(s.projection))
      .filter((x): x is number => x !== null && x - last < MAX_AHEAD);
    const lo = Math.min(...base);
    const hi = Math.max(last, ...ends);
    const pad = (hi - lo || DAY * 30) * 0.04;
    return [lo - pad, hi + pad] as const;
  });
  const ys = createMemo(() => {
    const values = [...points().map((p) => p.y), limit()];
    if (props.kind === 'battery_pct') return [Math.floor((Math.min(...values) - 5) / 10) * 10, 100] as const;
    return [0, Math.ceil(Math.max(...values) + 1)] as const;
  });
  const sx = (x: number) => M.l + ((x - xs()[0]) / (xs()[1] - xs()[0])) * (W - M.l - M.r);
  const sy = (y: number) => H - M.b - ((y - ys()[0]) / (ys()[1] - ys()[0])) * (H - M.t - M.b);
  const yTicks = () => {
    const [lo, hi] = ys();
    const step = hi - lo > 20 ? 10 : hi - lo > 6 ? 2 : 1;
    const out: number[] = [];
    for (let v = lo; v <= hi; v += step) out.push(v);
    return out;
  };
  const xTicks = () => {
    const [lo, hi] = xs();
    const years: number[] = [];
    for (let y = new Date(lo).getUTCFullYear() + 1; Date.UTC(y, 0, 1) < hi; y++) years.push(y);
    return years;
  };
  const line = (readings: ReadingView[]) =>
    readings.map((r) => `${sx(Date.parse(r.measuredAt)).toFixed(1)},${sy(r.value).toFixed(1)}`).join(' ');
  const latest = () =>
    series()
      .flatMap((s) => s.readings)
      .sort((a, b) => b.measuredAt.localeCompare(a.measuredAt))[0]!;
  const title = () =>
    t('healthRecord.chartTitle', {
      component: series()
        .map((s) => componentName(t, s.component))
        .join('、'),
    });
  return (
    <figure class="hr-chart" data-testid={`wear-chart-${props.kind}`}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} class="hr-chart-svg">
        <title id={`${id}-t`}>{title()}</title>
        <desc id={`${id}-d`}>
          {t('healthRecord.chartDesc', {
            n: points().length,
            value: measure(t, props.kind, latest().value),
            date: fmtDate(latest().measuredAt),
          })}
        </desc>
        <For each={yTicks()}>
          {(v) => (
            <g>
              <line x1={M.l} x2={W - M.r} y1={sy(v)} y2={sy(v)} class="hr-grid" />
              <text x={M.l - 4} y={sy(v) + 4} text-anchor="end" class="hr-axis">
                {v}
              </text>
            </g>
          )}
        </For>
        <For each={xTicks()}>
          {(year) => (
            <text x={sx(Date.UTC(year, 0, 1))} y={H - 8} text-anchor="middle" class="hr-axis">
              {new Intl.DateTimeFormat(intlLocale(), { year: 'numeric' }).format(new Date(Date.UTC(year, 6, 1)))}
            </text>
          )}
        </For>
        <line x1={M.l} x2={W - M.r} y1={sy(limit())} y2={sy(limit())} class="hr-limit" />
        <text x={M.l + 4} y={sy(limit()) + 12} class="hr-limit-label">
          {measure(t, props.kind, limit())}
        </text>
        <For each={series()}>
          {(s, i) => {
            const style = SERIES_STYLE[i() % SERIES_STYLE.length]!;
            const end = projEnd(s.projection);
            const last = s.projection.last;
            const segments = wearSegments(props.kind, s.readings);
            return (
              <g stroke={style.color} fill={style.color}>
                <For each={segments}>
                  {(seg, k) => (
                    <>
                      <polyline points={line(seg)} fill="none" stroke-width="2" stroke-dasharray={style.dash} />
                      <Show when={k() > 0}>
                        <g class="hr-replaced" data-testid="wear-replaced">
                          <line
                            x1={sx(Date.parse(seg[0]!.measuredAt))}
                            x2={sx(Date.parse(seg[0]!.measuredAt))}
                            y1={M.t}
                            y2={H - M.b}
                            stroke-width="1"
                            stroke-dasharray="2 2"
                          />
                          <text x={sx(Date.parse(seg[0]!.measuredAt)) + 3} y={M.t + 10} class="hr-axis" stroke="none">
                            {t('healthRecord.chartReplaced')}
                          </text>
                        </g>
                      </Show>
                    </>
                  )}
                </For>
                <For each={s.readings}>
                  {(r) => <circle cx={sx(Date.parse(r.measuredAt))} cy={sy(r.value)} r="3" />}
                </For>
                <Show when={end !== null && end - Date.parse(last.measuredAt) < MAX_AHEAD}>
                  <line
                    x1={sx(Date.parse(last.measuredAt))}
                    y1={sy(last.value)}
                    x2={sx(end!)}
                    y2={sy(limit())}
                    stroke-width="1.5"
                    stroke-dasharray="3 3"
                    class="hr-projection"
                  />
                </Show>
              </g>
            );
          }}
        </For>
      </svg>
      <Show when={series().length > 1}>
        <ul class="hr-legend" aria-hidden="true">
          <For each={series()}>
            {(s, i) => (
              <li>
                <svg width="22" height="8" aria-hidden="true">
                  <line
                    x1="0"
                    x2="22"
                    y1="4"
                    y2="4"
                    stroke={SERIES_STYLE[i() % SERIES_STYLE.length]!.color}
                    stroke-width="2"
                    stroke-dasharray={SERIES_STYLE[i() % SERIES_STYLE.length]!.dash}
                  />
                </svg>
                {componentName(t, s.component)}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <div class="visually-hidden">
        <table>
          <caption>{t('healthRecord.readingsTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('healthRecord.date')}</th>
              <For each={series()}>{(s) => <th scope="col">{componentName(t, s.component)}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={[...new Set(series().flatMap((s) => s.readings.map((r) => r.measuredAt)))].sort()}>
              {(at) => (
                <tr>
                  <th scope="row">{fmtDate(at)}</th>
                  <For each={series()}>
                    {(s) => {
                      const r = s.readings.find((x) => x.measuredAt === at);
                      const fitted = wearSegments(props.kind, s.readings)
                        .slice(1)
                        .some((seg) => seg[0] === r);
                      if (!r) return <td>—</td>;
                      const value = measure(t, props.kind, r.value);
                      return <td>{fitted ? `${value} (${t('healthRecord.chartReplaced')})` : value}</td>;
                    }}
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </figure>
  );
}
