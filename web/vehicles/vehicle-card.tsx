import { maskVin, type Vehicle } from '@shared/vehicles/vehicle.schema.ts';
import { useT } from '../i18n/i18n.ts';

export function VehicleCard(props: { vehicle: Vehicle }) {
  const t = useT();
  return (
    <a class="card card-link vehicle-card" href={`/vehicles/${props.vehicle.id}`} data-testid="vehicle-card">
      <div class="vehicle-card-top">
        <span class="vehicle-plate">{props.vehicle.plate}</span>
        <span class="muted">{t('vehicles.km', { n: props.vehicle.mileageKm.toLocaleString() })}</span>
      </div>
      <h2 class="vehicle-model">{props.vehicle.model}</h2>
      <p class="muted vehicle-vin">
        {t('vehicles.vin')} {maskVin(props.vehicle.vin)}
      </p>
    </a>
  );
}
