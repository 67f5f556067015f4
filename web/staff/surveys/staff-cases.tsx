/**
 * The recovery cases in the staff console: each open case with its deadline (or overdue and to whom
 * it was escalated), the customer to call, the first score and every re-score, the case's history and
 * the visit's timeline beside it; take it ("I will call") or close it saying what was done.
 */
import { createResource, For, Show } from 'solid-js';
import type { CaseEvent, StaffCase } from '@shared/surveys/survey-staff.schema.ts';
import { fmtDateTime } from '../../app/center.ts';
import { useT } from '../../i18n/i18n.ts';
import { useStaffForm } from '../form/use-staff-form.ts';
import { StaffRemarks } from '../remarks/staff-remarks.tsx';
import { call, staffApi } from '../staff-client.ts';

const api = staffApi.surveys;
const load = (): Promise<StaffCase[]> => call(api.cases.$get({ query: { status: 'open' } }));

export function StaffCases() {
  const t = useT();
  const [cases, { refetch }] = createResource(load);
  const form = useStaffForm(() => void refetch());
  const take = (id: string) => form.run(() => call(api.cases[':id'].take.$post({ param: { id }, json: {} })));
  const close = (id: string, note: string) =>
    form.run(() => call(api.cases[':id'].close.$post({ param: { id }, json: { note } })));
  const left = (c: StaffCase) => {
    const ms = Math.max(0, Date.parse(c.dueAt) - Date.now());
    return t('surveys.staff.left', { h: Math.floor(ms / 3_600_000), m: Math.floor((ms % 3_600_000) / 60_000) });
  };
  const eventText = (e: CaseEvent) =>
    t(`surveys.staff.event.${e.kind}`, { by: e.by ?? '—', note: e.note ?? '', nps: e.nps ?? '' });
  return (
    <section aria-labelledby="ss-cases-title" class="ss-section">
      <h2 id="ss-cases-title">{t('surveys.staff.casesTitle')}</h2>
      <p role="alert" class="ss-error">
        {form.error()}
      </p>
      <Show when={cases()} fallback={<p class="muted">{t('app.loading')}</p>}>
        {(list) => (
          <Show when={list().length} fallback={<p class="muted">{t('surveys.staff.casesEmpty')}</p>}>
            <For each={list()}>
              {(c) => (
                <article class="ss-case" data-case={c.id} data-overdue={c.overdueAt ? 'yes' : 'no'}>
                  <div class="ss-case-main">
                    <h3>
                      {c.customerName} · <a href={`tel:${c.customerPhone}`}>{c.customerPhone}</a>
                    </h3>
                    <p>
                      {c.visitTitle} · {c.plate} · {t('surveys.staff.score')} <strong>{c.nps}</strong>
                      <Show when={c.rescores.length}>
                        {' '}
                        · {t('surveys.staff.rescores', { list: c.rescores.map((r) => r.nps).join(', ') })}
                      </Show>
                    </p>
                    <Show when={c.comment}>
                      <blockquote>{c.comment}</blockquote>
                    </Show>
                    <p class={c.overdueAt ? 'ss-overdue' : ''}>
                      {t('surveys.staff.due')}: {fmtDateTime(c.dueAt)} ·{' '}
                      <strong>
                        {c.overdueAt
                          ? c.escalatedToName
                            ? `⚠ ${t('surveys.staff.overdue', { name: c.escalatedToName })}`
                            : `⚠ ${t('surveys.staff.overdueNoName')}`
                          : left(c)}
                      </strong>
                    </p>
                    <Show
                      when={c.takenByName}
                      fallback={
                        <button type="button" class="btn btn-secondary" onClick={() => void take(c.id)}>
                          {t('surveys.staff.take')}
                        </button>
                      }
                    >
                      <p>{t('surveys.staff.takenBy', { name: c.takenByName! })}</p>
                    </Show>
                    <form
                      class="ss-close"
                      onSubmit={(e) => {
                        e.preventDefault();
                        const note = String(new FormData(e.currentTarget).get('note') ?? '');
                        void close(c.id, note);
                      }}
                    >
                      <label>
                        {t('surveys.staff.closeLabel')}
                        <textarea name="note" rows={2} required maxLength={1000} />
                      </label>
                      <button type="submit" class="btn btn-primary">
                        {t('surveys.staff.close')}
                      </button>
                    </form>
                    <h4>{t('surveys.staff.history')}</h4>
                    <ul class="ss-list">
                      <For each={c.events}>
                        {(e) => (
                          <li>
                            {fmtDateTime(e.at)} {eventText(e)}
                          </li>
                        )}
                      </For>
                    </ul>
                  </div>
                  <aside class="ss-case-side" aria-label={t('surveys.staff.timeline')}>
                    <h4>{t('surveys.staff.timeline')}</h4>
                    <Show when={c.timeline.length} fallback={<p class="muted">{t('surveys.staff.noTimeline')}</p>}>
                      <ul class="ss-list">
                        <For each={c.timeline}>
                          {(e) => (
                            <li>
                              {fmtDateTime(e.at)} {t(`timeline.kind.${e.kind}` as 'timeline.title')}
                              <Show when={e.note}> — {e.note}</Show>
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                    <StaffRemarks vehicleId={c.vehicleId} />
                  </aside>
                </article>
              )}
            </For>
          </Show>
        )}
      </Show>
    </section>
  );
}
