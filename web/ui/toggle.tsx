import { Switch } from '@kobalte/core/switch';
import { Show } from 'solid-js';

/** An on/off setting (Kobalte switch: role=switch, label and description wired for screen readers). */
export function Toggle(props: {
  label: string;
  description?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  pending?: boolean;
}) {
  return (
    <Switch class="switch" checked={props.checked} onChange={props.onChange}>
      <div>
        <Switch.Label class="switch-label">{props.label}</Switch.Label>
        <Show when={props.description}>
          <Switch.Description class="switch-description">{props.description}</Switch.Description>
        </Show>
      </div>
      <Switch.Input />
      <Switch.Control class="switch-control">
        <Switch.Thumb class="switch-thumb" />
      </Switch.Control>
    </Switch>
  );
}
