import { useParams } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import type { StaffVisit } from '@shared/timeline/timeline.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { FormStatus } from '../form/form-status.tsx';
import { useStaffForm } from '../form/use-staff-form.ts';
import { useCan } from '../staff-role.ts';
import { StaffRemarks } from '../remarks/staff-remarks.tsx';
import { DeliveryBuilder } from './delivery-builder.tsx';
import { PaymentForm } from './payment-form.tsx';
import { PostEventForm } from './post-event-form.tsx';
import { PromiseForms } from './promise-forms.tsx';
import { loadVisit, postEvent, staffTime } from './staff-timeline.ts';
import { staffKindLabel, staffVisitState } from './staff-kind.ts';
import './staff-timeline.css';

/** One car in the workshop: what the customer sees, and everything staff post to it. */
export default function TimelineVisit() {
  const t = useT();
  const params = useParams();
  const [visit, { refetch }] = createResource(() => params.id, loadVisit);
  const reload = () => void refetch();
  const can = useCan();
  return (
    <Show when={visit()} fallback={<p class="muted">{visit.error ? t('errors.not_found') : t('app.loading')}</p>}>
      {(v) => (
        <section class="stl-visit">
          <VisitHeader visit={v()} onDone={reload} />
          <StaffRemarks vehicleId={v().row.vehicleId} visitId={v().progress.visitId} />
          <PostEventForm visitId={v().progress.visitId} english={v().row.customerLocale === 'en'} onDone={reload} />
          <PromiseForms progress={v().progress} onDone={reload} />
          <Show when={can('timeline.delivery')}>
            <DeliveryBuilder visit={v()} onDone={reload} />
            <Show when={v().progress.status !== 'in_progress'}>
              <PaymentForm visitId={v().progress.visitId} onDone={reload} />
            </Show>
          </Show>
          <EventTable visit={v()} />
        </section>
      )}
    </Show>
  );
}

function VisitHeader(props: { visit: StaffVisit; onDone: () => void }) {
  const t = useT();
  const action = useStaffForm(props.onDone);
  const r = () => props.visit.row;
  const p = () => props.visit.progress;
  const mark = (kind: 'ready_for_pickup' | 'delivered') =>
    void action.run(() => postEvent(p().visitId, { kind, note: null, noteEn: null }, []));
  return (
    <header class="stl-card stl-visit-head">
      <div>
        <h1>
          {r().plate} <span class="muted">{r().model}</span>
        </h1>
        <p>
          {r().customerName} · {r().title} ·{' '}
          <strong data-testid="staff-status">{staffVisitState(t, p().status, p().lastEventKind)}</strong>
        </p>
        <p>
          {t('timeline.staff.promised')}:{' '}
          <strong data-testid="staff-promise">{staffTime(p().promisedReadyAt, props.visit.timeZone)}</strong>
          <Show when={r().quiet}>
            <span class="stl-flag" data-testid="quiet-flag">
              {' '}
              {t('timeline.staff.quiet', { n: r().quietMinutes })}
            </span>
          </Show>
          <Show when={r().overdue}>
            <span class="stl-flag"> {t('timeline.staff.overdue')}</span>
          </Show>
        </p>
      </div>
      <div class="row">
        <button
          type="button"
          class="btn btn-primary"
          disabled={action.busy() || p().status !== 'in_progress'}
          onClick={() => mark('ready_for_pickup')}
        >
          {t('timeline.staff.markReady')}
        </button>
        <button
          type="button"
          class="btn btn-secondary"
          disabled={action.busy() || p().status !== 'ready'}
          onClick={() => mark('delivered')}
        >
          {t('timeline.staff.markDelivered')}
        </button>
      </div>
      <FormStatus form={action} />
    </header>
  );
}

/** The customer's timeline as they see it, newest first (staff see the same words and photos). */
function EventTable(props: { visit: StaffVisit }) {
  const t = useT();
  const events = () => [...props.visit.events].sort((a, b) => b.position - a.position);
  return (
    <section class="stl-card">
      <h2>{t('timeline.staff.customerView')}</h2>
      <table class="staff-table" data-testid="staff-events">
        <tbody>
          <For each={events()}>
            {(e) => (
              <tr>
                <td>{staffTime(e.at, props.visit.timeZone)}</td>
                <td>
                  <strong>{staffKindLabel(t, e.kind)}</strong>
                  <Show when={e.note}>
                    <div>{e.note}</div>
                  </Show>
                  <Show when={e.delay}>
                    {(d) => <div class="muted">→ {staffTime(d().newReadyAt, props.visit.timeZone)}</div>}
                  </Show>
                  <Show when={e.earlyFinish}>{(f) => <div class="muted">−{f().minutesEarly} min</div>}</Show>
                  <div class="stl-thumbs">
                    <For each={e.media}>
                      {(m) =>
                        m.video ? (
                          // biome-ignore lint/a11y/useMediaCaption: a workshop clip shows a part, not speech; the step's note says what it shows
                          <video
                            src={m.url}
                            poster={m.thumbUrl}
                            preload="none"
                            controls
                            playsinline
                            width="112"
                            aria-label={t('timeline.clip')}
                          />
                        ) : (
                          <img src={m.thumbUrl} alt="" width="64" height="64" loading="lazy" />
                        )
                      }
                    </For>
                  </div>
                </td>
                <td class="muted">
                  {e.staffName} · {t(`timeline.role.${e.staffRole}` as 'timeline.role.advisor')}
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
