import { useParams } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { useT } from '../i18n/i18n.ts';
import { call, staffApi } from './staff-client.ts';

export default function StaffCustomer() {
  const t = useT();
  const params = useParams();
  const [customer] = createResource(
    () => params.id,
    (id) => call(staffApi.customers[':id'].$get({ param: { id } })),
  );
  return (
    <Show when={customer()} fallback={<p class="muted">{customer.error ? t('errors.not_found') : t('app.loading')}</p>}>
      {(c) => (
        <section>
          <h1>
            {c().name} <span class="muted">{c().phone}</span>
          </h1>
          <h2>{t('staff.vehicles')}</h2>
          <table class="staff-table">
            <thead>
              <tr>
                <th scope="col">{t('vehicles.plate')}</th>
                <th scope="col">{t('vehicles.details')}</th>
                <th scope="col">{t('vehicles.vin')}</th>
                <th scope="col">{t('vehicles.mileage')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={c().vehicles}>
                {(v) => (
                  <tr>
                    <td>
                      <strong>{v.plate}</strong>
                    </td>
                    <td>{v.model}</td>
                    <td>{v.vin}</td>
                    <td>{t('vehicles.km', { n: v.mileageKm.toLocaleString() })}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </section>
      )}
    </Show>
  );
}
