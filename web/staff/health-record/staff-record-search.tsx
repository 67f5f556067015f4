import { createSignal, For, Show } from 'solid-js';
import type { CustomerCard } from '@shared/staff/staff.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { CustomerSearchForm } from '../customer-search-form.tsx';

/** Find a vehicle (by plate, phone or name) to open its health record. */
export default function StaffRecordSearch() {
  const t = useT();
  const [results, setResults] = createSignal<CustomerCard[] | null>(null);
  return (
    <section>
      <h1>{t('healthRecord.staff.searchTitle')}</h1>
      <CustomerSearchForm inputId="hr-q" label={t('healthRecord.staff.search')} onResults={setResults} />
      <Show when={results()}>
        {(list) => (
          <table class="staff-table">
            <tbody>
              <For
                each={list().flatMap((c) => c.vehicles.map((v) => ({ c, v })))}
                fallback={
                  <tr>
                    <td>{t('staff.noResults')}</td>
                  </tr>
                }
              >
                {({ c, v }) => (
                  <tr>
                    <td>
                      <strong>{v.plate}</strong> {v.model}
                    </td>
                    <td>{c.name}</td>
                    <td>
                      <a href={`/staff/health-record/${v.id}`} data-testid="open-record">
                        {t('healthRecord.staff.open')}
                      </a>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        )}
      </Show>
    </section>
  );
}
