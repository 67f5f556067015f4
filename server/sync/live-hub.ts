/**
 * Fans "customer X changed up to seq N" out to that customer's open SSE streams in this process.
 * The pokes come from PostgreSQL NOTIFY (sent by publish() inside the writing transaction, so only
 * after commit), which reaches every API process; PGlite delivers the same NOTIFY in-process.
 * When a dropped listener reconnects, notifications sent meanwhile are lost, so every open stream
 * is poked: clients pull from their own cursor and get exactly what they missed.
 */
import type { Database } from '../db/client.ts';
import { CHANGE_CHANNEL } from './publish.ts';

export type Poke = (seq: number) => void;

export type LiveHub = {
  subscribe: (customerId: string, poke: Poke) => () => void;
  /** Number of open streams (for the bench and health). */
  size: () => number;
  stop: () => Promise<void>;
};

export async function startLiveHub(database: Database): Promise<LiveHub> {
  const streams = new Map<string, Set<Poke>>();
  const deliver = (customerId: string, seq: number) => {
    for (const poke of streams.get(customerId) ?? []) poke(seq);
  };
  const unlisten = await database.listen(
    CHANGE_CHANNEL,
    (payload) => {
      const [customerId, seq] = payload.split(':');
      if (customerId && seq) deliver(customerId, Number(seq));
    },
    () => {
      for (const [customerId] of streams) deliver(customerId, 0);
    },
  );
  return {
    subscribe(customerId, poke) {
      const set = streams.get(customerId) ?? new Set<Poke>();
      streams.set(customerId, set);
      set.add(poke);
      return () => {
        set.delete(poke);
        if (set.size === 0) streams.delete(customerId);
      };
    },
    size: () => [...streams.values()].reduce((n, s) => n + s.size, 0),
    stop: unlisten,
  };
}
