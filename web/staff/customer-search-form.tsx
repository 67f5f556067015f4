import { createSignal } from 'solid-js';
import type { CustomerCard } from '@shared/staff/staff.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { staffGet } from './staff-api.ts';

/**
 * One customer search for the console home and the health-record search, so the two cannot drift
 * apart; each screen lays the results out its own way.
 */ export function CustomerSearchForm(props: {
  inputId: string;
  label: string;
  onResults: (found: CustomerCard[]) => void;
}) {
  const t = useT();
  const [q, setQ] = createSignal('');
  async function search(e: Event) {
    e.preventDefault();
    if (q().trim().length < 2) return;
    props.onResults(await staffGet<CustomerCard[]>(`/api/staff/customers?q=${encodeURIComponent(q().trim())}`));
  }
  return (
    <form class="row staff-search" onSubmit={search} role="search">
      <label for={props.inputId} class="visually-hidden">
        {props.label}
      </label>
      <input
        id={props.inputId}
        class="input"
        placeholder={props.label}
        value={q()}
        onInput={(e) => setQ(e.currentTarget.value)}
      />
      <button type="submit" class="btn btn-primary">
        {t('staff.searchButton')}
      </button>
    </form>
  );
}
