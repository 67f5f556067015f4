/**
 * The manager's satisfaction dashboard (/staff/surveys): NPS for a chosen period computed from the
 * answers with its band counts and the formula written out, star averages per question and per
 * advisor, NPS by week (chart and table), and the recovery cases with their deadlines.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import type { Dashboard } from '@shared/surveys/survey-staff.schema.ts';
import { STAR_DIMENSIONS } from '@shared/surveys/survey.schema.ts';
import { addDays, zonedDate } from '@shared/time.ts';
import { centerZone, fmtDay } from '../../app/center.ts';
import { useT } from '../../i18n/i18n.ts';
import { call, staffApi } from '../staff-client.ts';
import { useCan } from '../staff-role.ts';
import { NpsChart } from './nps-chart.tsx';
import { StaffCases } from './staff-cases.tsx';
import './staff-surveys.css';

const pct = (n: number, total: number) => (total ? Math.round((n * 1000) / total) / 10 : 0);

export default function StaffSurveys() {
  const t = useT();
  const today = zonedDate(new Date(), centerZone());
  const [range, setRange] = createSignal({ from: addDays(today, -34), to: today });
  const can = useCan();
  // Only a manager reads the dashboard (shared permission table): the others see the cases, and no
  // request the server would refuse is made for them.
  const [data] = createResource(range, (r) =>
    can('surveys.dashboard')
      ? call(staffApi.surveys.dashboard.$get({ query: { from: r.from, to: r.to } })).then((d): Dashboard => d)
      : Promise.resolve(null),
  );
  const stars = (v: number | null) => (v === null ? '—' : v.toFixed(1));
  return (
    <section class="ss">
      <h1>{t('surveys.staff.title')}</h1>
      <form
        class="row ss-period"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          setRange({ from: String(f.get('from')), to: String(f.get('to')) });
        }}
      >
        <label>
          {t('surveys.staff.from')} <input type="date" name="from" value={range().from} required />
        </label>
        <label>
          {t('surveys.staff.to')} <input type="date" name="to" value={range().to} required />
        </label>
        <button type="submit" class="btn btn-secondary">
          {t('surveys.staff.show')}
        </button>
      </form>
      <Show when={data() !== null} fallback={<p class="muted">{t('surveys.staff.managerOnly')}</p>}>
        <Show when={data()} fallback={<p class="muted">{t('app.loading')}</p>}>
          {(d) => (
            <>
              <section class="ss-section" aria-labelledby="ss-nps-title" data-testid="nps-summary">
                <h2 id="ss-nps-title">{t('surveys.staff.npsTitle')}</h2>
                <Show when={d().nps !== null} fallback={<p class="muted">{t('surveys.staff.noAnswers')}</p>}>
                  <p class="ss-nps" data-testid="nps-value">
                    {d().nps}
                  </p>
                  <p data-testid="nps-formula">
                    {t('surveys.staff.formula', {
                      p: pct(d().counts.promoters, d().counts.total),
                      d: pct(d().counts.detractors, d().counts.total),
                      nps: d().nps!,
                    })}
                  </p>
                  <p class="muted">{t('surveys.staff.bands', d().counts)}</p>
                </Show>
              </section>
              <section class="ss-section" aria-labelledby="ss-stars-title">
                <h2 id="ss-stars-title">{t('surveys.staff.starsTitle')}</h2>
                <table class="staff-table" data-testid="star-averages">
                  <thead>
                    <tr>
                      <th scope="col">{t('surveys.staff.advisor')}</th>
                      <th scope="col">{t('surveys.staff.answers')}</th>
                      <For each={STAR_DIMENSIONS}>{(dim) => <th scope="col">{t(`surveys.stars.${dim}`)}</th>}</For>
                    </tr>
                  </thead>
                  <tbody>
                    <tr>
                      <th scope="row">{t('surveys.staff.average')}</th>
                      <td>{d().counts.total}</td>
                      <For each={STAR_DIMENSIONS}>{(dim) => <td>{stars(d().stars[dim])}</td>}</For>
                    </tr>
                    <For each={d().advisors}>
                      {(a) => (
                        <tr>
                          <th scope="row">{a.name}</th>
                          <td>{a.answers}</td>
                          <For each={STAR_DIMENSIONS}>{(dim) => <td>{stars(a.stars[dim])}</td>}</For>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </section>
              <section class="ss-section" aria-labelledby="ss-weeks-title">
                <h2 id="ss-weeks-title">{t('surveys.staff.weekly')}</h2>
                <NpsChart weeks={d().weeks} label={t('surveys.staff.chartLabel')} />
                <table class="staff-table" data-testid="nps-weeks">
                  <thead>
                    <tr>
                      <th scope="col">{t('surveys.staff.weekly')}</th>
                      <th scope="col">NPS</th>
                      <th scope="col">{t('surveys.staff.answers')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={d().weeks}>
                      {(w) => (
                        <tr>
                          <th scope="row">{t('surveys.staff.weekOf', { date: fmtDay(w.weekStart) })}</th>
                          <td>{w.nps ?? '—'}</td>
                          <td>{w.total}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </section>
            </>
          )}
        </Show>
      </Show>
      <StaffCases />
    </section>
  );
}
