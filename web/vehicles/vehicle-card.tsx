import { maskVin, type Vehicle } from '@shared/vehicles/vehicle.schema.ts';
import { Show } from 'solid-js';
import { useT } from '../i18n/i18n.ts';
import { modelShown } from '../i18n/workshop-words.ts';
import { Said } from '../ui/said.tsx';

/** `sharedBy`: the owner's name when the car is someone else's, shared with me ("由 张先生 共享"). */
export function VehicleCard(props: { vehicle: Vehicle; sharedBy?: string | undefined }) {
  const t = useT();
  return (
    <a class="card card-link vehicle-card" href={`/vehicles/${props.vehicle.id}`} data-testid="vehicle-card">
      <div class="vehicle-card-top">
        <span class="vehicle-plate">{props.vehicle.plate}</span>
        <span class="muted">{t('vehicles.km', { n: props.vehicle.mileageKm.toLocaleString() })}</span>
      </div>
      <Said as="h2" class="vehicle-model" shown={modelShown(props.vehicle.model)} />
      <Show when={props.sharedBy}>
        {(name) => (
          <span class="vehicle-shared" data-testid="shared-badge">
            {t('vehicles.sharedBy', { name: name() })}
          </span>
        )}
      </Show>
      <p class="muted vehicle-vin">
        {t('vehicles.vin')} {maskVin(props.vehicle.vin)}
      </p>
    </a>
  );
}
