/**
 * One listening connection per process, one channel, two kinds of payload (ids only: NOTIFY payloads
 * stop at 8,000 bytes):
 *   `<customerId>:<seq>`  customer X changed up to seq N → poke that customer's open SSE streams here;
 *   `!<topic>:<id>`       a signal for another part of the process (e.g. `!session:<id>`: drop a cached
 *                         session, server/auth/session-cache.ts).
 * The pokes come from PostgreSQL NOTIFY (sent once the writing transaction committed: server/db/
 * after-commit.ts), which reaches every API process; PGlite delivers the same NOTIFY in-process.
 * When a dropped listener reconnects, notifications sent meanwhile are lost: postgres.js LISTENs again
 * first, then we poke every open stream (clients pull from their own cursor, so they get exactly what
 * they missed from the change log) and tell every resync handler (the session cache empties itself).
 */
import type { Database } from '../db/client.ts';
import { CHANGE_CHANNEL } from './publish.ts';

export type Poke = (seq: number) => void;

export type LiveHub = {
  /** `onClose` runs when the process shuts down (closeAll): the stream ends itself with a retry hint. */
  subscribe: (customerId: string, poke: Poke, onClose?: () => void) => () => void;
  /** Shutdown: asks every open stream to end; they tell their clients to come back (to another process). */
  closeAll: () => void;
  /** Number of open streams (for the bench and health). */
  size: () => number;
  /** `!topic:id` payloads on the shared channel. */
  onSignal: (topic: string, handler: (id: string) => void) => () => void;
  /** Runs after the listener came back (anything sent meanwhile was missed). */
  onResync: (handler: () => void) => () => void;
  /** Runs for every committed change of a customer, in every process (read caches drop that customer). */
  onCustomerChange: (handler: (customerId: string) => void) => () => void;
  stop: () => Promise<void>;
};

export async function startLiveHub(database: Database): Promise<LiveHub> {
  const streams = new Map<string, Set<Poke>>();
  const signals = new Map<string, Set<(id: string) => void>>();
  const resyncs = new Set<() => void>();
  const changeHandlers = new Set<(customerId: string) => void>();
  const closers = new Set<() => void>();
  let closed = false;
  const deliver = (customerId: string, seq: number) => {
    for (const poke of streams.get(customerId) ?? []) poke(seq);
  };
  const onPayload = (payload: string) => {
    if (payload.startsWith('!')) {
      const at = payload.indexOf(':');
      if (at < 0) return;
      for (const handler of signals.get(payload.slice(1, at)) ?? []) handler(payload.slice(at + 1));
      return;
    }
    const [customerId, seq] = payload.split(':');
    if (!customerId || !seq) return;
    for (const handler of changeHandlers) handler(customerId);
    deliver(customerId, Number(seq));
  };
  const unlisten = await database.listen(CHANGE_CHANNEL, onPayload, () => {
    for (const handler of resyncs) handler();
    for (const [customerId] of streams) deliver(customerId, 0);
  });
  return {
    subscribe(customerId, poke, onClose) {
      const set = streams.get(customerId) ?? new Set<Poke>();
      streams.set(customerId, set);
      set.add(poke);
      if (onClose) closers.add(onClose);
      // A stream that got in just as the process began to shut down ends too.
      if (onClose && closed) queueMicrotask(onClose);
      return () => {
        set.delete(poke);
        if (onClose) closers.delete(onClose);
        if (set.size === 0) streams.delete(customerId);
      };
    },
    closeAll: () => {
      closed = true;
      for (const close of [...closers]) close();
    },
    size: () => [...streams.values()].reduce((n, s) => n + s.size, 0),
    onSignal(topic, handler) {
      const set = signals.get(topic) ?? new Set();
      signals.set(topic, set);
      set.add(handler);
      return () => set.delete(handler);
    },
    onResync(handler) {
      resyncs.add(handler);
      return () => resyncs.delete(handler);
    },
    onCustomerChange(handler) {
      changeHandlers.add(handler);
      return () => changeHandlers.delete(handler);
    },
    stop: unlisten,
  };
}
