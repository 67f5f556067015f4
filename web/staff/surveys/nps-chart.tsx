import { createEffect, onCleanup } from 'solid-js';
import type { Dashboard } from '@shared/surveys/survey-staff.schema.ts';

/** The chart, drawn once uPlot's chunk is here; its figures are also in the table beside it. */
export function NpsChart(props: { weeks: Dashboard['weeks']; label: string }) {
  let el!: HTMLDivElement;
  createEffect(() => {
    const weeks = props.weeks;
    let destroy: (() => void) | undefined;
    let gone = false;
    void import('./nps-chart-impl.ts').then((m) => {
      if (!gone) destroy = m.drawNpsChart(el, weeks, props.label);
    });
    onCleanup(() => {
      gone = true;
      destroy?.();
    });
  });
  return <div ref={el} class="ss-chart" role="img" aria-label={props.label} data-testid="nps-chart" />;
}
