import { A } from '@solidjs/router';
import { createResource, For, onCleanup, Show } from 'solid-js';
import type { BoardRow } from '@shared/timeline/timeline.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { useCan } from '../staff-role.ts';
import { CheckInForm } from './check-in-form.tsx';
import { loadBoard, staffTime } from './staff-timeline.ts';
import { staffVisitState } from './staff-kind.ts';
import './staff-timeline.css';

const REFRESH_MS = 20_000;

/** The advisor's board: cars in the workshop, their state, the promise, and the 30-minute quiet flag. */
export default function TimelineBoard() {
  const t = useT();
  const can = useCan();
  const [board, { refetch }] = createResource(loadBoard);
  const timer = setInterval(() => void refetch(), REFRESH_MS);
  onCleanup(() => clearInterval(timer));
  const state = (r: BoardRow) => staffVisitState(t, r.status, r.lastEventKind);
  return (
    <section>
      <div class="row stl-head">
        <h1>{t('timeline.staff.board')}</h1>
        <button type="button" class="btn btn-secondary" onClick={() => void refetch()}>
          {t('timeline.staff.refresh')}
        </button>
      </div>
      <Show when={board()} fallback={<p class="muted">{board.error ? t('errors.unavailable') : t('app.loading')}</p>}>
        {(b) => (
          <Show when={b().rows.length > 0} fallback={<p class="muted">{t('timeline.staff.boardEmpty')}</p>}>
            <table class="staff-table" data-testid="timeline-board">
              <thead>
                <tr>
                  <th scope="col">{t('timeline.staff.plate')}</th>
                  <th scope="col">{t('timeline.staff.customer')}</th>
                  <th scope="col">{t('timeline.staff.state')}</th>
                  <th scope="col">{t('timeline.staff.promised')}</th>
                  <th scope="col">{t('timeline.staff.lastEvent')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={b().rows}>
                  {(r) => (
                    <tr data-testid="board-row" classList={{ 'stl-quiet': r.quiet }}>
                      <td>
                        <A href={`/staff/timeline/${r.visitId}`}>
                          <strong>{r.plate}</strong>
                        </A>
                        <div class="muted">{r.model}</div>
                      </td>
                      <td>
                        {r.customerName}
                        <div class="muted">{r.title}</div>
                      </td>
                      <td>{state(r)}</td>
                      <td>
                        {staffTime(r.promisedReadyAt, b().timeZone)}
                        <Show when={r.overdue}>
                          <div class="stl-flag">{t('timeline.staff.overdue')}</div>
                        </Show>
                      </td>
                      <td>
                        {t('timeline.staff.minutesAgo', { n: r.quietMinutes })}
                        <Show when={r.quiet}>
                          <div class="stl-flag" role="status" data-testid="quiet-flag">
                            {t('timeline.staff.quiet', { n: r.quietMinutes })}
                          </div>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Show>
      <Show when={can('timeline.checkIn')}>
        <CheckInForm />
      </Show>
    </section>
  );
}
