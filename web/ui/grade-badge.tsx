import { Icon } from './icon.tsx';

export type GradeName = 'red' | 'yellow' | 'green';
const ICON = { red: 'stop', yellow: 'alert', green: 'check' } as const;

/** A finding's grade as icon + word + colour, never colour alone (docs/ui.md). The caller gives the word. */
export function GradeBadge(props: { grade: GradeName; label: string }) {
  return (
    <span class={`grade-badge grade-badge-${props.grade}`} data-grade={props.grade}>
      <Icon name={ICON[props.grade]} size={16} />
      {props.label}
    </span>
  );
}
