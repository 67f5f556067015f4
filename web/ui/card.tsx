import { type JSX, Show, splitProps } from 'solid-js';

export function Card(
  props: {
    title?: JSX.Element;
    headingLevel?: 2 | 3;
    class?: string;
    children: JSX.Element;
  } & JSX.HTMLAttributes<HTMLElement>,
) {
  const [own, rest] = splitProps(props, ['title', 'headingLevel', 'class', 'children']);
  return (
    <section class={`card ${own.class ?? ''}`} {...rest}>
      <Show when={own.title}>{own.headingLevel === 3 ? <h3>{own.title}</h3> : <h2>{own.title}</h2>}</Show>
      {own.children}
    </section>
  );
}
