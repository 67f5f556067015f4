import { createSignal } from 'solid-js';
import { type CustomerCard, CustomerSearchQuerySchema } from '@shared/staff/staff.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { FormStatus } from './form/form-status.tsx';
import { useStaffForm } from './form/use-staff-form.ts';
import { call, staffApi } from './staff-client.ts';

/** The customer search the console's screens share (home, health record, check-in, proposals). */
export const findCustomers = (q: string) => call(staffApi.customers.$get({ query: { q } }));

/**
 * One customer search for the console home and the health-record search, so the two cannot drift
 * apart; each screen lays the results out its own way.
 */
export function CustomerSearchForm(props: {
  inputId: string;
  label: string;
  placeholder?: string;
  onResults: (found: CustomerCard[]) => void;
}) {
  const t = useT();
  const [q, setQ] = createSignal('');
  const form = useStaffForm();
  function search(e: Event) {
    e.preventDefault();
    void form.send(CustomerSearchQuerySchema, { q: q() }, async ({ q }) => props.onResults(await findCustomers(q)), {
      q: props.label,
    });
  }
  return (
    <>
      <form class="row staff-search" onSubmit={search} role="search">
        <label for={props.inputId} class="visually-hidden">
          {props.label}
        </label>
        <input
          id={props.inputId}
          class="input"
          placeholder={props.placeholder ?? props.label}
          value={q()}
          onInput={(e) => setQ(e.currentTarget.value)}
        />
        <button type="submit" class="btn btn-primary" disabled={form.busy()}>
          {t('staff.searchButton')}
        </button>
      </form>
      <FormStatus form={form} />
    </>
  );
}
