/**
 * A customer's hot reads (their vehicle list) kept a few seconds in this process. Every write to a
 * customer's data publishes through the change log, whose NOTIFY reaches every process at commit
 * (live-hub.ts): that drops the customer's entries everywhere, so a read never lags a committed write
 * it could see. The lifetime only bounds staleness if a notification is ever missed, and a listener
 * that reconnects empties the cache. A read that started before a drop does not store its answer
 * (the epoch moved), so it cannot bring back what the write replaced.
 */
import type { LiveHub } from './live-hub.ts';
import { onPublish } from './publish.ts';

export const CUSTOMER_READ_TTL_MS = 5000;
const MAX_CUSTOMERS = 10_000;

export type CustomerReadCache = {
  get: <T>(customerId: string, name: string, read: () => Promise<T>) => Promise<T>;
  size: () => number;
  stop: () => void;
};

export function customerReadCache(
  live: Pick<LiveHub, 'onCustomerChange' | 'onResync'> | null,
  options: { ttlMs?: number; monotonic?: () => number } = {},
): CustomerReadCache {
  const ttl = options.ttlMs ?? CUSTOMER_READ_TTL_MS;
  const clock = options.monotonic ?? (() => performance.now());
  const byCustomer = new Map<string, { epoch: number; reads: Map<string, { value: unknown; at: number }> }>();
  let epoch = 0;
  const drop = (customerId: string) => {
    epoch++;
    byCustomer.delete(customerId);
  };
  // At commit in every process (NOTIFY), and as this process writes (before its commit).
  const stops = [
    live?.onCustomerChange(drop),
    live?.onResync(() => {
      epoch++;
      byCustomer.clear();
    }),
    onPublish(drop),
  ];
  return {
    async get<T>(customerId: string, name: string, read: () => Promise<T>) {
      // Without a change feed there is nothing to invalidate with: read through.
      if (!live) return read();
      const hit = byCustomer.get(customerId)?.reads.get(name);
      if (hit && clock() - hit.at < ttl) return hit.value as T;
      const started = epoch;
      const value = await read();
      if (epoch === started) {
        if (!byCustomer.has(customerId) && byCustomer.size >= MAX_CUSTOMERS)
          byCustomer.delete(byCustomer.keys().next().value!);
        const entry = byCustomer.get(customerId) ?? { epoch, reads: new Map() };
        entry.reads.set(name, { value, at: clock() });
        byCustomer.set(customerId, entry);
      }
      return value;
    },
    size: () => byCustomer.size,
    stop: () => {
      for (const stop of stops) stop?.();
    },
  };
}
