import { createMemo, For, type JSX, Show } from 'solid-js';
import type { VisitProgress } from '@shared/timeline/timeline.schema.ts';
import { liveBill } from '../app/bill/bill.store.ts';
import { FinalBill } from '../app/bill/final-bill.tsx';
import { fmtDateTime, useCenter } from '../app/center.ts';
import { CenterContact } from '../app/center-contact.tsx';
import { useT } from '../i18n/i18n.ts';
import { syncState } from '../sync/engine.ts';
import { LinkButton } from '../ui/button.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { Page } from '../ui/page.tsx';
import { type DeliverySection, DeliverySummary } from './delivery-summary.tsx';
import { EventList } from './event-list.tsx';
import { PromiseCard } from './promise-card.tsx';
import {
  liveDelivery,
  liveEvents,
  liveFindings,
  liveProgress,
  liveVehicle,
  liveVisitRecord,
  liveWaitingQuotes,
  newestFirst,
  pickVisit,
} from './timeline.store.ts';
import { promiseText, stepLabel } from './timeline-text.ts';
import './timeline.css';

/**
 * The Visit tab (docs/ui.md moment 2 and 4): while the car is in the workshop, the status sentence, the
 * promised time and the live timeline; once it is ready or delivered, the delivery summary first.
 * Everything comes from the device's mirror, so it opens offline with what was last synced.
 */
export default function TimelineScreen(props: {
  afterDelivery?: (p: VisitProgress) => JSX.Element;
  deliverySections?: readonly DeliverySection[];
}) {
  const t = useT();
  const all = liveProgress();
  const current = createMemo(() => pickVisit(all() ?? []));
  const visitId = () => current()?.visitId;
  const vehicleId = () => current()?.vehicleId;
  const events = liveEvents(visitId);
  const delivery = liveDelivery(visitId);
  const visit = liveVisitRecord(visitId);
  const vehicle = liveVehicle(vehicleId);
  const findings = liveFindings(vehicleId);
  const quotes = liveWaitingQuotes(visitId);
  const bill = liveBill(visitId);
  const waiting = () => (quotes() ?? []).filter((q) => q.status === 'sent');
  const center = useCenter();

  const lead = (p: VisitProgress) => {
    if (p.status === 'ready') return t('timeline.status.ready');
    if (p.status === 'delivered')
      return t('timeline.status.delivered', { time: fmtDateTime(p.deliveredAt ?? p.checkedInAt) });
    const step = stepLabel(t, p.lastEventKind ?? 'checked_in');
    return p.promisedReadyAt
      ? t('timeline.status.in_progress', { step, time: promiseText(t, p.promisedReadyAt) })
      : t('timeline.status.inProgressNoPromise', { step });
  };

  return (
    <Show
      when={current()}
      fallback={
        <Page title={t('timeline.title')}>
          <Show when={all.ready()} fallback={<p class="muted">{t('app.loading')}</p>}>
            <EmptyState action={<LinkButton href="/booking">{t('timeline.emptyAction')}</LinkButton>}>
              {t('timeline.empty')}
            </EmptyState>
          </Show>
        </Page>
      }
    >
      {(p) => (
        <Page
          title={vehicle()?.plate ? `${t('timeline.title')} · ${vehicle()!.plate}` : t('timeline.title')}
          lead={lead(p())}
        >
          <Show when={p().status !== 'in_progress'}>
            <Show
              when={delivery()}
              fallback={
                <>
                  <p class="muted">{t('timeline.delivery.waiting')}</p>
                  {/* The bill is the server's once the work is done, summary or not. */}
                  <Show when={bill()}>{(b) => <FinalBill bill={b()} />}</Show>
                </>
              }
            >
              {(d) => (
                <DeliverySummary
                  progress={p()}
                  delivery={d()}
                  visit={visit() ?? null}
                  vehicle={vehicle() ?? null}
                  findings={findings() ?? []}
                  bill={bill() ?? null}
                  sections={props.deliverySections}
                />
              )}
            </Show>
          </Show>
          {/* Another feature's card for a delivered visit (the survey), composed in web/routes.tsx. */}
          <Show when={p().status === 'delivered' && props.afterDelivery}>{props.afterDelivery?.(p())}</Show>
          <Show when={p().status === 'in_progress'}>
            <PromiseCard progress={p()} />
          </Show>
          <For each={waiting()}>
            {(q) => (
              <section class="card tl-quote-waiting" data-testid="quote-waiting">
                <p>
                  <strong>{t('timeline.quoteWaiting', { title: q.title })}</strong>
                </p>
                <p class="muted">{t('timeline.quoteWaitingHint')}</p>
                <LinkButton href={`/quotes/${q.id}`} block>
                  {t('timeline.quoteOpen')}
                </LinkButton>
              </section>
            )}
          </For>
          <section class="tl-section" aria-labelledby="tl-events-title">
            <h2 id="tl-events-title" class="tl-section-title">
              {t('timeline.events')}
              <Show when={p().status === 'in_progress'}>
                {/* "Live" only while it is: offline the list is what was last synced, and says so. */}
                <Show when={syncState.online()} fallback={<span class="tl-paused">{t('timeline.livePaused')}</span>}>
                  <span class="tl-live">{t('timeline.live')}</span>
                </Show>
              </Show>
            </h2>
            <EventList events={newestFirst(events() ?? [])} />
          </section>
          <Show when={center()}>{(c) => <CenterContact center={c()} advisorName={p().advisorName} />}</Show>
        </Page>
      )}
    </Show>
  );
}
