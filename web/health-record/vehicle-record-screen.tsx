/**
 * The vehicle screen (车辆健康档案), status first: the one thing to know about the car, then its
 * details, the next service (one tap to booking), graded findings, wear with projections, and every
 * visit with itemized prices. Everything is read from the mirror, so it works offline.
 */
import { useParams } from '@solidjs/router';
import { Dynamic } from 'solid-js/web';
import { type Component, For, Show } from 'solid-js';
import { useT } from '../i18n/i18n.ts';
import { modelShown } from '../i18n/workshop-words.ts';
import { LinkButton } from '../ui/button.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { Icon } from '../ui/icon.tsx';
import { Page } from '../ui/page.tsx';
import { FindingsCard } from './findings-card.tsx';
import { headlineText } from './record-words.ts';
import { ServiceDueCard } from './service-due-card.tsx';
import { VehicleDetails } from './vehicle-details.tsx';
import { useVehicleRecord } from './vehicle-record.ts';
import { VisitCard } from './visit-card.tsx';
import { WearCard } from './wear-card.tsx';
import './health-record.css';

/**
 * Other features' parts, composed in web/routes.tsx: `cards` under the details (the purchase
 * anniversary), `family` the vehicle's family sharing (web/family/).
 */
export default function VehicleRecordScreen(props: {
  cards?: readonly Component<{ vehicleId: string }>[];
  family?: Component<{ vehicleId: string }>;
}) {
  const t = useT();
  const params = useParams();
  const record = useVehicleRecord(() => params.id);
  return (
    <Show
      when={record.vehicle()}
      fallback={
        <Page title={t('healthRecord.title')} back="/vehicles" backLabel={t('app.back')}>
          <Show when={record.vehicle.ready()} fallback={<p class="muted">{t('app.loading')}</p>}>
            <EmptyState>{t('healthRecord.notFound')}</EmptyState>
          </Show>
        </Page>
      }
    >
      {(v) => (
        <Page
          title={modelShown(v().model).text}
          back="/vehicles"
          backLabel={t('app.back')}
          lead={
            <Show when={record.summary()}>
              {(s) => (
                <span class={`hr-headline hr-headline-${s().headline.kind}`} data-testid="record-headline">
                  {headlineText(t, s().headline)}
                </span>
              )}
            </Show>
          }
        >
          <div class="stack">
            <VehicleDetails vehicle={v()} />
            {props.cards?.map((C) => (
              <C vehicleId={v().id} />
            ))}
            <Show when={record.summary()}>{(s) => <ServiceDueCard due={s().due} vehicleId={v().id} />}</Show>
            <FindingsCard findings={record.findings()} visits={record.visits()} />
            <Show when={record.summary()}>{(s) => <WearCard wear={s().wear} readings={record.readings()} />}</Show>
            <section aria-labelledby="hr-visits" class="stack">
              <h2 id="hr-visits" class="hr-section-title">
                {t('healthRecord.visits')}
              </h2>
              <Show
                when={record.visits().length > 0}
                fallback={<EmptyState>{t('healthRecord.visitsEmpty')}</EmptyState>}
              >
                <For each={record.visits()}>
                  {(visit) => (
                    <VisitCard
                      visit={visit}
                      findings={record.findings().filter((f) => f.visitId === visit.id)}
                      delivery={record.deliveryOf(visit.id)}
                      bill={record.billOf(visit.id)}
                    />
                  )}
                </For>
              </Show>
            </section>
            <Show when={props.family}>{(Family) => <Dynamic component={Family()} vehicleId={v().id} />}</Show>
            <div class="hr-actions">
              <LinkButton variant="secondary" href={`/vehicles/${v().id}/print`} data-testid="print-link">
                <Icon name="print" /> {t('healthRecord.print')}
              </LinkButton>
              <LinkButton variant="secondary" href={`/vehicles/${v().id}/share`} data-testid="share-link">
                <Icon name="share" /> {t('healthRecord.share')}
              </LinkButton>
            </div>
          </div>
        </Page>
      )}
    </Show>
  );
}
