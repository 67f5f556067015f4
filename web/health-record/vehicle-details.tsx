import { Show } from 'solid-js';
import { zonedDate } from '@shared/time.ts';
import { maskVin, type Vehicle, warrantyStatus } from '@shared/vehicles/vehicle.schema.ts';
import { centerZone, fmtDay } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { colourShown } from '../i18n/workshop-words.ts';
import { Said } from '../ui/said.tsx';
import { Card } from '../ui/card.tsx';
import { km } from './record-words.ts';

/** Model, plate, VIN (masked), mileage, purchase date and warranty status. */
export function VehicleDetails(props: { vehicle: Vehicle }) {
  const t = useT();
  const v = () => props.vehicle;
  const warranty = () => {
    const status = warrantyStatus(v(), zonedDate(new Date(), centerZone()));
    if (status === 'active') return t('healthRecord.warrantyActive', { date: fmtDay(v().warrantyUntil!) });
    return status === 'expired' ? t('healthRecord.warrantyExpired') : t('healthRecord.warrantyUnknown');
  };
  return (
    <Card title={t('healthRecord.details')}>
      <dl class="hr-dl">
        <dt>{t('healthRecord.plate')}</dt>
        <dd data-testid="vehicle-plate">{v().plate}</dd>
        <dt>{t('healthRecord.vin')}</dt>
        <dd>{maskVin(v().vin)}</dd>
        <dt>{t('healthRecord.mileage')}</dt>
        <dd>{t('healthRecord.km', { n: km(v().mileageKm) })}</dd>
        <Show when={v().color}>
          <dt>{t('healthRecord.color')}</dt>
          <Said as="dd" shown={colourShown(v().color!)} />
        </Show>
        <dt>{t('healthRecord.purchased')}</dt>
        <dd>{fmtDay(v().purchaseDate)}</dd>
        <dt>{t('healthRecord.warranty')}</dt>
        <dd>{warranty()}</dd>
      </dl>
    </Card>
  );
}
