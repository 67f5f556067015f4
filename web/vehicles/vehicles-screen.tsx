import { For, Show } from 'solid-js';
import { useT } from '../i18n/i18n.ts';
import { EmptyState } from '../ui/empty-state.tsx';
import { Page } from '../ui/page.tsx';
import { VehicleCard } from './vehicle-card.tsx';
import { getProfile, listShares, listVehicles } from './vehicles.store.ts';
import './vehicles.css';

export default function VehiclesScreen() {
  const t = useT();
  const vehicles = listVehicles();
  const profile = getProfile();
  const shares = listShares();
  const sharedBy = (id: string) => shares()?.find((s) => s.vehicleId === id)?.ownerName;
  return (
    <Page title={t('vehicles.title')} lead={profile() ? t('vehicles.greeting', { name: profile()!.name }) : undefined}>
      <Show when={vehicles.ready()} fallback={<p class="muted">{t('app.loading')}</p>}>
        <Show when={(vehicles() ?? []).length > 0} fallback={<EmptyState>{t('vehicles.empty')}</EmptyState>}>
          <div class="stack">
            <For each={vehicles()}>{(v) => <VehicleCard vehicle={v} sharedBy={sharedBy(v.id)} />}</For>
          </div>
        </Show>
      </Show>
      <p>
        <a href="/family/join" data-testid="family-join-link">
          {t('vehicles.familyJoin')}
        </a>
      </p>
    </Page>
  );
}
