import type { JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { Shown } from '@shared/words/bilingual.ts';

/** Text the workshop wrote, in an element that says which language it is in (`lang`). */
export function Said(props: {
  shown: Shown;
  as?: 'span' | 'p' | 'strong' | 'blockquote' | 'h2' | 'dd' | 'div';
  class?: string;
  testid?: string;
}): JSX.Element {
  return (
    <Dynamic component={props.as ?? 'span'} class={props.class} lang={props.shown.lang} data-testid={props.testid}>
      {props.shown.text}
    </Dynamic>
  );
}
