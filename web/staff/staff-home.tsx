import { createSignal, For, Show } from 'solid-js';
import type { CustomerCard } from '@shared/staff/staff.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { staffGet } from './staff-api.ts';

export default function StaffHome() {
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
      <h1>{t('staff.home')}</h1>
      <form class="row staff-search" onSubmit={search} role="search">
        <label for="staff-q" class="visually-hidden">
          {t('staff.search')}
        </label>
        <input
          id="staff-q"
          class="input"
          placeholder={t('staff.search')}
          value={q()}
          onInput={(e) => setQ(e.currentTarget.value)}
        />
        <button type="submit" class="btn btn-primary">
          {t('staff.searchButton')}
        </button>
      </form>
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
