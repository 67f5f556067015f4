import { createSignal, For, Show } from 'solid-js';
import type { CustomerCard } from '@shared/staff/staff.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { staffGet } from '../staff-api.ts';

/** Find a vehicle (by plate, phone or name) to open its health record. */
export default function StaffRecordSearch() {
  const t = useT();
  const [q, setQ] = createSignal('');
  const [results, setResults] = createSignal<CustomerCard[] | null>(null);
  async function search(e: Event) {
    e.preventDefault();
    if (q().trim().length < 2) return;
    setResults(await staffGet<CustomerCard[]>(`/api/staff/customers?q=${encodeURIComponent(q().trim())}`));
  }
  return (
    <section>
      <h1>{t('healthRecord.staff.searchTitle')}</h1>
      <form class="row staff-search" onSubmit={search} role="search">
        <label for="hr-q" class="visually-hidden">
          {t('healthRecord.staff.search')}
        </label>
        <input
          id="hr-q"
          class="input"
          placeholder={t('healthRecord.staff.search')}
          value={q()}
          onInput={(e) => setQ(e.currentTarget.value)}
        />
        <button type="submit" class="btn btn-primary">
          {t('staff.searchButton')}
        </button>
      </form>
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
