/**
 * The printable history of one vehicle (print it, or "save as PDF" in the print dialog): details,
 * every visit with its lines, findings and photos, and the wear projections in words. The print
 * stylesheet (health-record.css, @media print) drops the app's chrome and keeps cards whole.
 */
import { useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { fmtDate } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { Icon } from '../ui/icon.tsx';
import { Page } from '../ui/page.tsx';
import { FindingItem } from './finding-item.tsx';
import { VehicleDetails } from './vehicle-details.tsx';
import { useVehicleRecord } from './vehicle-record.ts';
import { VisitCard } from './visit-card.tsx';
import { WearCard } from './wear-card.tsx';
import './health-record.css';

export default function PrintScreen() {
  const t = useT();
  const params = useParams();
  const record = useVehicleRecord(() => params.id);
  return (
    <Show
      when={record.vehicle()}
      fallback={<p class="page muted">{record.vehicle.ready() ? t('healthRecord.notFound') : t('app.loading')}</p>}
    >
      {(v) => (
        <Page
          title={t('healthRecord.printTitle', { model: v().model })}
          back={`/vehicles/${v().id}`}
          backLabel={t('app.back')}
          actions={
            <Button class="hr-no-print" onClick={() => window.print()} data-testid="print-now">
              <Icon name="print" /> {t('healthRecord.printNow')}
            </Button>
          }
        >
          <div class="stack hr-print" data-testid="print-view">
            <p class="muted">
              {t('healthRecord.printLead', { n: record.visits().length, date: fmtDate(new Date().toISOString()) })}
            </p>
            <VehicleDetails vehicle={v()} />
            <Show when={record.summary()}>{(s) => <WearCard wear={s().wear} readings={record.readings()} />}</Show>
            <h2 class="hr-section-title">{t('healthRecord.visits')}</h2>
            <Show when={record.visits().length > 0} fallback={<EmptyState>{t('healthRecord.visitsEmpty')}</EmptyState>}>
              <For each={record.visits()}>
                {(visit) => {
                  const found = () => record.findings().filter((f) => f.visitId === visit.id);
                  return (
                    <div class="hr-print-visit">
                      <VisitCard visit={visit} findings={[]} />
                      <Show when={found().length > 0}>
                        <ul class="hr-findings hr-print-findings">
                          <For each={found()}>{(f) => <FindingItem finding={f} />}</For>
                        </ul>
                      </Show>
                    </div>
                  );
                }}
              </For>
            </Show>
          </div>
        </Page>
      )}
    </Show>
  );
}
