/**
 * Is the customer in the middle of something? Then an update is not applied (update-prompt.tsx).
 *
 * Two sources: state a screen declares with `useDirty(() => hasInput())` (a signature being drawn,
 * a choice not yet confirmed), and — so no screen has to remember to declare it — any text field on
 * the page that the customer has typed into and not yet sent: its form submitted or reset, the field
 * emptied, or gone from the page (a sheet closed, a screen left).
 */
import { createEffect, createRoot, createSignal, onCleanup } from 'solid-js';

const store = createRoot(() => {
  const [count, setCount] = createSignal(0);
  return { count, setCount };
});

type Field = HTMLInputElement | HTMLTextAreaElement;
const NOT_TEXT = new Set(['checkbox', 'radio', 'hidden', 'button', 'submit', 'reset', 'file', 'range', 'color']);
const typedInto = new Set<Field>();

if (typeof document !== 'undefined') {
  document.addEventListener(
    'input',
    (e) => {
      const el = e.target;
      if (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !NOT_TEXT.has(el.type))) {
        typedInto.add(el);
      }
    },
    true,
  );
  const settle = (e: Event) => {
    for (const el of typedInto) if (el.form === e.target) typedInto.delete(el);
  };
  document.addEventListener('submit', settle, true);
  document.addEventListener('reset', settle, true);
}

/** The page holds text the customer typed and has not sent (fields emptied or removed do not count). */
function typedAndUnsent() {
  for (const el of typedInto) if (!el.isConnected || el.value === '') typedInto.delete(el);
  return typedInto.size > 0;
}

export const isBusy = () => store.count() > 0 || typedAndUnsent();

export function useDirty(dirty: () => boolean) {
  let counted = false;
  const set = (on: boolean) => {
    if (on === counted) return;
    counted = on;
    store.setCount((n) => n + (on ? 1 : -1));
  };
  createEffect(() => set(dirty()));
  onCleanup(() => set(false));
}
