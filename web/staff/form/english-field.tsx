import { Show } from 'solid-js';
import { useT } from '../../i18n/i18n.ts';

/**
 * The optional English text beside a free-text field, offered only when the customer reads the app in
 * English (the customer sees it instead of the original; left empty, the original shows as written).
 */
export function EnglishField(props: {
  show: boolean;
  name: string;
  label: string;
  maxLength: number;
  rows?: number;
  value?: string | null;
}) {
  const t = useT();
  return (
    <Show when={props.show}>
      <label>
        {t('staff.inEnglish', { field: props.label })}
        <textarea
          class="input"
          name={props.name}
          lang="en"
          maxLength={props.maxLength}
          rows={props.rows ?? 2}
          value={props.value ?? ''}
        />
      </label>
    </Show>
  );
}

/** Says once per form why the English fields are there. */
export function ReadsEnglishHint(props: { show: boolean }) {
  const t = useT();
  return (
    <Show when={props.show}>
      <p class="muted" data-testid="reads-english">
        {t('staff.readsEnglish')}
      </p>
    </Show>
  );
}
