import { type JSX, splitProps } from 'solid-js';

type Variant = 'primary' | 'secondary' | 'ghost';

export function Button(props: { variant?: Variant; block?: boolean } & JSX.ButtonHTMLAttributes<HTMLButtonElement>) {
  const [own, rest] = splitProps(props, ['variant', 'block', 'class', 'type']);
  return (
    <button
      type={own.type ?? 'button'}
      class={`btn btn-${own.variant ?? 'primary'} ${own.block ? 'btn-block' : ''} ${own.class ?? ''}`}
      {...rest}
    />
  );
}

export function LinkButton(
  props: { variant?: Variant; block?: boolean } & JSX.AnchorHTMLAttributes<HTMLAnchorElement>,
) {
  const [own, rest] = splitProps(props, ['variant', 'block', 'class']);
  return (
    <a class={`btn btn-${own.variant ?? 'primary'} ${own.block ? 'btn-block' : ''} ${own.class ?? ''}`} {...rest} />
  );
}
