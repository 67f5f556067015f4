/**
 * The bridge from Dexie's liveQuery to Solid. Solid's `from()` swallows errors (docs/sync.md, traps), so
 * this subscribes by hand: the value is reconciled into a store (rows keyed by id keep their DOM),
 * errors are kept in a signal and logged, and the subscription ends with the owner (onCleanup).
 * `key` makes the query reactive: when it changes, the old subscription closes and a new one opens.
 */
import { liveQuery } from 'dexie';
import { type Accessor, createEffect, createSignal, onCleanup, on } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';

export type Live<T> = Accessor<T | undefined> & { error: Accessor<unknown>; ready: Accessor<boolean> };

export function createLive<T, K = true>(
  query: (key: K) => Promise<T> | T,
  key?: Accessor<K | undefined | null | false>,
): Live<T> {
  const [state, setState] = createStore<{ value: T | undefined }>({ value: undefined });
  const [error, setError] = createSignal<unknown>();
  const [ready, setReady] = createSignal(false);
  const source = key ?? ((() => true) as unknown as Accessor<K>);
  createEffect(
    on(source, (k) => {
      if (k === undefined || k === null || k === false) {
        setState('value', undefined);
        return;
      }
      const subscription = liveQuery(() => query(k as K)).subscribe({
        next: (value) => {
          setState('value', reconcile(value as T, { key: 'id', merge: false }) as never);
          setReady(true);
          setError(undefined);
        },
        error: (e) => {
          console.error('live query failed', e);
          setError(e);
        },
      });
      onCleanup(() => subscription.unsubscribe());
    }),
  );
  const accessor = (() => state.value) as Live<T>;
  accessor.error = error;
  accessor.ready = ready;
  return accessor;
}
