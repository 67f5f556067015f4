import { createSignal, For, Show } from 'solid-js';
import type { CustomerCard } from '@shared/staff/staff.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { CustomerSearchForm } from './customer-search-form.tsx';

export default function StaffHome() {
  const t = useT();
  const [results, setResults] = createSignal<CustomerCard[] | null>(null);
  return (
    <section>
      <h1>{t('staff.home')}</h1>
      <CustomerSearchForm inputId="staff-q" label={t('staff.search')} onResults={setResults} />
      <Show when={results()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="muted">{t('staff.noResults')}</p>}>
            <table class="staff-table">
              <thead>
                <tr>
                  <th scope="col">{t('staff.customer')}</th>
                  <th scope="col">{t('staff.phone')}</th>
                  <th scope="col">{t('staff.vehicles')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(c) => (
                    <tr data-testid="staff-customer-row">
                      <td>
                        <a href={`/staff/customers/${c.id}`}>{c.name}</a>
                      </td>
                      <td>{c.phone}</td>
                      <td>
                        <For each={c.vehicles}>
                          {(v) => (
                            <div>
                              <strong>{v.plate}</strong> {v.model}
                            </div>
                          )}
                        </For>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Show>
    </section>
  );
}
