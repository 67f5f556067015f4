import { Show } from 'solid-js';
import type { StaffForm } from './use-staff-form.ts';

/** A staff form's outcome in words: the refusal as an alert, or the saved note as a status. */
export function FormStatus(props: { form: StaffForm; saved?: string }) {
  return (
    <>
      <Show when={props.form.error()}>
        {(message) => (
          <p class="error-text" role="alert">
            {message()}
          </p>
        )}
      </Show>
      <Show when={props.saved && props.form.done()}>
        <p role="status">{props.saved}</p>
      </Show>
    </>
  );
}
