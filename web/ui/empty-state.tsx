import type { JSX } from 'solid-js';

/** Says what will appear here and how to get it (docs/ui.md: honest empty states). */
export function EmptyState(props: { children: JSX.Element; action?: JSX.Element }) {
  return (
    <div class="empty">
      <p>{props.children}</p>
      {props.action}
    </div>
  );
}
