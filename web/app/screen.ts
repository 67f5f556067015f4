/**
 * A lazily loaded screen whose words load with it: the route's chunk and its namespaces in the current
 * language are fetched side by side (on navigation, or earlier when the router preloads the route),
 * and the screen renders once both are here. A namespace left out still works (t() loads it on first
 * use), only one round trip later.
 */
import { type Component, lazy } from 'solid-js';
import { loadCatalogs, loadOtherLanguage, type Namespace } from '../i18n/i18n.ts';

// biome-ignore lint/suspicious/noExplicitAny: the same bound as Solid's own lazy().
export function screen<T extends Component<any>>(load: () => Promise<{ default: T }>, ...namespaces: Namespace[]) {
  return lazy(() => Promise.all([load(), loadCatalogs(...namespaces)]).then(([module]) => module));
}

/** The screen that switches language: once it is here, the other language of the words in use follows. */
// biome-ignore lint/suspicious/noExplicitAny: the same bound as Solid's own lazy().
export function languageScreen<T extends Component<any>>(
  load: () => Promise<{ default: T }>,
  ...namespaces: Namespace[]
) {
  return lazy(() =>
    Promise.all([load(), loadCatalogs(...namespaces)]).then(([module]) => {
      void loadOtherLanguage();
      return module;
    }),
  );
}
