import { A } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { useT } from '../../i18n/i18n.ts';
import { useCan } from '../staff-role.ts';
import { loadVisits, staffTime, yuanText } from './staff-quotes.ts';
import './staff-quotes.css';

/** Cars in the workshop, each with its findings (what a quote is built from) and its quotes. */
export default function StaffQuotes() {
  const t = useT();
  const can = useCan();
  const [visits, { refetch }] = createResource(loadVisits);
  return (
    <section>
      <div class="row sq-head">
        <h1>{t('quotes.staff.title')}</h1>
        <button type="button" class="btn btn-secondary" onClick={() => void refetch()}>
          {t('timeline.staff.refresh')}
        </button>
      </div>
      <Show when={visits()} fallback={<p class="muted">{visits.error ? t('errors.unavailable') : t('app.loading')}</p>}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="muted">{t('quotes.staff.noVisits')}</p>}>
            <For each={list()}>
              {(v) => (
                <article class="sq-card" data-testid="staff-quote-visit">
                  <h2>
                    {v.plate} · {v.customerName} <span class="muted">{v.title}</span>
                  </h2>
                  <div class="sq-cols">
                    <div>
                      <h3>{t('quotes.staff.findings')}</h3>
                      <Show when={v.findings.length > 0} fallback={<p class="muted">{t('quotes.staff.noFindings')}</p>}>
                        <ul class="sq-list">
                          <For each={v.findings}>
                            {(f) => (
                              <li>
                                <span class={`sq-grade sq-grade-${f.grade}`}>{t(`quotes.grade.${f.grade}`)}</span>{' '}
                                {f.component}
                                <span class="muted"> · {f.note}</span>
                                <Show when={f.quoted}>
                                  <span class="muted"> · {t('quotes.staff.quoted')}</span>
                                </Show>
                              </li>
                            )}
                          </For>
                        </ul>
                      </Show>
                    </div>
                    <div>
                      <h3>{t('quotes.staff.quotes')}</h3>
                      <Show when={v.quotes.length > 0} fallback={<p class="muted">{t('quotes.staff.noQuotes')}</p>}>
                        <table class="staff-table">
                          <tbody>
                            <For each={v.quotes}>
                              {(q) => (
                                <tr>
                                  <td>
                                    <A href={`/staff/quotes/${q.id}`}>{q.title}</A>
                                    <div class="muted">{t(`quotes.staff.kind.${q.kind}`)}</div>
                                  </td>
                                  <td>{t(`quotes.staff.status.${q.status}`)}</td>
                                  <td>{t('quotes.version', { v: q.version })}</td>
                                  <td>{yuanText(q.totalFen)}</td>
                                  <td class="muted">{staffTime(q.decidedAt ?? q.sentAt)}</td>
                                </tr>
                              )}
                            </For>
                          </tbody>
                        </table>
                      </Show>
                      <Show when={can('quotes.edit')}>
                        <div class="row">
                          <A class="btn btn-primary" href={`/staff/quotes/new?visit=${v.visitId}`}>
                            {t('quotes.staff.newQuote')}
                          </A>
                          <A class="btn btn-secondary" href={`/staff/quotes/new?visit=${v.visitId}&kind=supplementary`}>
                            {t('quotes.staff.newSupplementary')}
                          </A>
                        </div>
                      </Show>
                    </div>
                  </div>
                </article>
              )}
            </For>
          </Show>
        )}
      </Show>
    </section>
  );
}
