import { type JSX, Show } from 'solid-js';
import { Icon } from './icon.tsx';

/** A screen: one column, a heading, and the status line first (docs/ui.md: status first). */
export function Page(props: {
  title: string;
  lead?: JSX.Element;
  back?: string;
  backLabel?: string;
  actions?: JSX.Element;
  children: JSX.Element;
}) {
  return (
    <main id="main" class="page" tabindex="-1">
      <header class="page-header">
        <Show when={props.back}>
          <a class="btn btn-ghost page-back" href={props.back} aria-label={props.backLabel}>
            <Icon name="back" size={24} />
          </a>
        </Show>
        <h1>{props.title}</h1>
        {props.actions}
      </header>
      <Show when={props.lead}>
        <p class="page-lead" role="status">
          {props.lead}
        </p>
      </Show>
      {props.children}
    </main>
  );
}
