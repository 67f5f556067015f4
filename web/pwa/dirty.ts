/**
 * Forms with unsaved input (and a signature being drawn) register here, so an update is never
 * applied in the middle of an action. `useDirty(() => hasInput())` in a component does it.
 */
import { createEffect, createRoot, createSignal, onCleanup } from 'solid-js';

const store = createRoot(() => {
  const [count, setCount] = createSignal(0);
  return { count, setCount };
});

export const isBusy = () => store.count() > 0;

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
