import { useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { maskVin, warrantyStatus } from '@shared/vehicles/vehicle.schema.ts';
import { zonedDate } from '@shared/time.ts';
import { centerZone, fmtDay } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { Card } from '../ui/card.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { Page } from '../ui/page.tsx';
import { getVehicle } from './vehicles.store.ts';
import './vehicles.css';

export default function VehicleScreen() {
  const t = useT();
  const params = useParams();
  const vehicle = getVehicle(() => params.id);
  const warranty = () => {
    const v = vehicle();
    if (!v) return '';
    const status = warrantyStatus(v, zonedDate(new Date(), centerZone()));
    if (status === 'active') return t('vehicles.warrantyActive', { date: fmtDay(v.warrantyUntil!) });
    return status === 'expired' ? t('vehicles.warrantyExpired') : t('vehicles.warrantyUnknown');
  };
  return (
    <Show
      when={vehicle()}
      fallback={
        <Page title={t('vehicles.details')} back="/vehicles" backLabel={t('app.back')}>
          <Show when={vehicle.ready()} fallback={<p class="muted">{t('app.loading')}</p>}>
            <EmptyState>{t('vehicles.notFound')}</EmptyState>
          </Show>
        </Page>
      }
    >
      {(v) => (
        <Page title={v().model} back="/vehicles" backLabel={t('app.back')}>
          <Card title={t('vehicles.details')}>
            <dl class="dl">
              <dt>{t('vehicles.plate')}</dt>
              <dd data-testid="vehicle-plate">{v().plate}</dd>
              <dt>{t('vehicles.vin')}</dt>
              <dd>{maskVin(v().vin)}</dd>
              <dt>{t('vehicles.mileage')}</dt>
              <dd>{t('vehicles.km', { n: v().mileageKm.toLocaleString() })}</dd>
              <Show when={v().color}>
                <dt>{t('vehicles.color')}</dt>
                <dd>{v().color}</dd>
              </Show>
              <dt>{t('vehicles.purchased')}</dt>
              <dd>{fmtDay(v().purchaseDate)}</dd>
              <dt>{t('vehicles.warranty')}</dt>
              <dd>{warranty()}</dd>
            </dl>
          </Card>
        </Page>
      )}
    </Show>
  );
}
