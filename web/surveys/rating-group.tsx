/**
 * A rating question as a real radio group: <fieldset> with its <legend>, one native radio per value,
 * so arrow keys move between values, a screen reader announces "4 星, 3 of 5", and sizes follow the
 * large-text setting (rem). Each value carries its number as text, never only a filled star's colour.
 */
import { For, type JSX, Show } from 'solid-js';

export function RatingGroup(props: {
  name: string;
  legend: string;
  values: readonly number[];
  value: number | undefined;
  onChange: (v: number) => void;
  /** The accessible name of one value ("4 星"). */
  label: (v: number) => string;
  /** What a value shows: a star filled up to the choice, or the bare number. */
  face: (v: number, chosen: number | undefined) => JSX.Element;
  hint?: JSX.Element;
  class?: string;
}) {
  const hintId = `${props.name}-hint`;
  return (
    <fieldset class={`sv-group ${props.class ?? ''}`} aria-describedby={props.hint ? hintId : undefined}>
      <legend class="sv-legend">{props.legend}</legend>
      <div class="sv-options">
        <For each={props.values}>
          {(v) => (
            <label class="sv-option" classList={{ 'sv-chosen': props.value === v }}>
              <input
                type="radio"
                class="sv-radio"
                name={props.name}
                value={v}
                checked={props.value === v}
                onChange={() => props.onChange(v)}
                aria-label={props.label(v)}
              />
              <span class="sv-face" aria-hidden="true">
                {props.face(v, props.value)}
              </span>
            </label>
          )}
        </For>
      </div>
      <Show when={props.hint}>
        <p id={hintId} class="sv-hint muted">
          {props.hint}
        </p>
      </Show>
    </fieldset>
  );
}

/** A star up to the chosen value, an outline after it, and the number below (not colour alone). */
export const starFace = (v: number, chosen: number | undefined) => (
  <>
    <span class="sv-star">{chosen !== undefined && v <= chosen ? '★' : '☆'}</span>
    <span class="sv-num">{v}</span>
  </>
);
export const numberFace = (v: number) => <span class="sv-num">{v}</span>;
