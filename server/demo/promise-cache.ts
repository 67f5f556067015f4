/**
 * Demo inputs made once per process: every server start seeds the same pictures and staff, and the test
 * suites start hundreds. A failed promise is forgotten, so the next call tries again.
 */
export function promiseCache<V>(): (key: string, make: () => Promise<V>) => Promise<V> {
  const kept = new Map<string, Promise<V>>();
  return (key, make) => {
    let value = kept.get(key);
    if (!value) {
      value = make();
      value.catch(() => kept.delete(key));
      kept.set(key, value);
    }
    return value;
  };
}
