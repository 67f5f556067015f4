import { Match, Switch } from 'solid-js';
import { Icon } from './icon.tsx';

/** Pending / synced / refused, always in words with a symbol, never colour alone. */
export function StatusPill(props: {
  status: 'pending' | 'synced' | 'refused';
  labels: { pending: string; synced: string; refused: string };
}) {
  return (
    <Switch>
      <Match when={props.status === 'pending'}>
        <span class="pill pill-pending">
          <Icon name="clock" size={14} />
          {props.labels.pending}
        </span>
      </Match>
      <Match when={props.status === 'synced'}>
        <span class="pill pill-synced">
          <Icon name="check" size={14} />
          {props.labels.synced}
        </span>
      </Match>
      <Match when={props.status === 'refused'}>
        <span class="pill pill-refused">
          <Icon name="cross" size={14} />
          {props.labels.refused}
        </span>
      </Match>
    </Switch>
  );
}
