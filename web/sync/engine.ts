/**
 * The sync loop, run only in the leader tab: push pending mutations, then pull changes; again on
 * every poke (a new mutation in any tab, a live-stream notice, the network coming back); with
 * exponential backoff and jitter after a failure, and a slow periodic pull as a safety net.
 */
import { createRoot, createSignal } from 'solid-js';
import { db, getMeta, setMeta } from '../db/dexie.ts';
import { ApiError } from './api.ts';
import { earliestTimer } from './earliest-timer.ts';
import { becomeLeader, onPoke } from './leader.ts';
import { pullAll } from './pull.ts';
import { pushOnce } from './push.ts';

const SAFETY_PULL_MS = 5 * 60_000;
const STREAM_RETRY_MAX_MS = 30_000;

/** Wait before reopening a live stream after the n-th failure in a row: 1 s, 2 s, 4 s … 30 s, ±50 %. */
export function streamRetryDelay(failures: number, random = Math.random): number {
  const base = Math.min(STREAM_RETRY_MAX_MS, 1000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base / 2 + random() * base);
}
const MAX_BACKOFF_MS = 60_000;

const state = createRoot(() => {
  const [online, setOnline] = createSignal(typeof navigator === 'undefined' ? true : navigator.onLine);
  const [syncing, setSyncing] = createSignal(false);
  const [leader, setLeader] = createSignal(false);
  const [failing, setFailing] = createSignal(false);
  const [unauthorized, setUnauthorized] = createSignal(false);
  return {
    online,
    setOnline,
    syncing,
    setSyncing,
    leader,
    setLeader,
    failing,
    setFailing,
    unauthorized,
    setUnauthorized,
  };
});

export const syncState = {
  online: state.online,
  syncing: state.syncing,
  leader: state.leader,
  failing: state.failing,
  unauthorized: state.unauthorized,
};

export async function ensureClientId(): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const existing = await getMeta<string>('clientId');
    if (existing) return existing;
    const id = crypto.randomUUID();
    await setMeta('clientId', id);
    return id;
  });
}

let started = false;

export function startSync() {
  if (started) return;
  started = true;
  addEventListener('online', () => state.setOnline(true));
  addEventListener('offline', () => state.setOnline(false));
  becomeLeader(() => {
    state.setLeader(true);
    void lead();
  });
}

async function lead() {
  const clientId = await ensureClientId();
  let running = false;
  let again = false;
  let failures = 0;
  let stream: EventSource | null = null;

  // The earliest run asked for wins: a poke is never pushed back by a finishing cycle's safety pull.
  const timer = earliestTimer(() => void cycle());
  const schedule = (ms: number) => timer.at(ms);

  async function cycle() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    state.setSyncing(true);
    try {
      do {
        again = false;
        for (let more = true; more; ) more = (await pushOnce(clientId)).more;
        await pullAll(clientId);
      } while (again);
      failures = 0;
      state.setFailing(false);
      schedule(SAFETY_PULL_MS);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        state.setUnauthorized(true);
        return;
      }
      failures++;
      state.setFailing(true);
      const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (failures - 1));
      schedule(delay / 2 + Math.random() * (delay / 2));
    } finally {
      running = false;
      state.setSyncing(false);
    }
  }

  let streamFailures = 0;
  function openStream() {
    if (stream || !navigator.onLine) return;
    stream = new EventSource('/api/sync/stream');
    // 'hello' on every (re)connect, to whichever process the balancer picked: whatever was missed
    // meanwhile is pulled from the cursor.
    stream.addEventListener('hello', () => {
      streamFailures = 0;
      schedule(0);
    });
    stream.addEventListener('change', () => schedule(0));
    // A dropped stream comes back by itself after the server's `retry:` (short and spread out when a
    // process shuts down); one the browser gave up on (an error answer: every process down, a 503)
    // is opened again with backoff and jitter, so a fleet of phones does not return all at once.
    stream.onerror = () => {
      if (stream?.readyState === EventSource.CLOSED) {
        stream = null;
        setTimeout(openStream, streamRetryDelay(++streamFailures));
      }
    };
  }

  onPoke(() => schedule(0));
  addEventListener('online', () => {
    failures = 0;
    openStream();
    schedule(0);
  });
  addEventListener('offline', () => {
    stream?.close();
    stream = null;
  });
  openStream();
  schedule(0);
}
