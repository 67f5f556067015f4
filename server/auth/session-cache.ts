/**
 * Verified sessions kept a few seconds in this process, so an authenticated request costs no session
 * query most of the time. Correctness does not rest on the lifetime: a revocation (sign-out, rotation)
 * or a change of the subject signals every process through the live hub (`!session:<id>`,
 * `!subject:<id>`), which drops the entry at once; the lifetime only bounds how stale an entry can be
 * if a signal is ever missed, and a listener that reconnects empties the cache (signals sent while it
 * was away are lost).
 *
 * A lookup that started before a drop must not store what it read (it may predate the revocation):
 * every drop bumps an epoch, and a lookup stores its answer only if the epoch did not move meanwhile.
 */
import type { Db } from '../db/client.ts';
import type { SessionInfo } from '../http/context.ts';
import type { LiveHub } from '../sync/live-hub.ts';
import { sha256 } from './crypto.ts';
import { findSession, SESSION_SIGNAL, SUBJECT_SIGNAL } from './session.service.ts';

export const SESSION_CACHE_TTL_MS = 3000;
const MAX_ENTRIES = 10_000;

type Entry = { info: SessionInfo; expiresAt: number; storedAt: number };

export type SessionCache = {
  /** The verified session for a cookie token, or null (not cached: unknown tokens stay cheap to refuse). */
  lookup: (db: Db, token: string, now: Date) => Promise<SessionInfo | null>;
  dropSession: (sessionId: string) => void;
  forgetToken: (token: string) => void;
  dropSubject: (subjectId: string) => void;
  clear: () => void;
  size: () => number;
  stop: () => void;
};

const subjectOf = (s: SessionInfo) => (s.kind === 'customer' ? s.customerId : s.staffId);

export function sessionCache(
  live: Pick<LiveHub, 'onSignal' | 'onResync'> | null,
  options: { ttlMs?: number; monotonic?: () => number } = {},
): SessionCache {
  const ttl = options.ttlMs ?? SESSION_CACHE_TTL_MS;
  const clock = options.monotonic ?? (() => performance.now());
  const entries = new Map<string, Entry>();
  let epoch = 0;
  const dropWhere = (match: (e: Entry) => boolean) => {
    epoch++;
    for (const [key, e] of entries) if (match(e)) entries.delete(key);
  };
  const cache: SessionCache = {
    async lookup(db, token, now) {
      const key = sha256(token);
      const hit = entries.get(key);
      if (hit && clock() - hit.storedAt < ttl && now.getTime() < hit.expiresAt) return hit.info;
      if (hit) entries.delete(key);
      const started = epoch;
      const found = await findSession(db, key, now);
      if (!found) return null;
      if (epoch === started) {
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
        entries.set(key, { info: found.info, expiresAt: found.expiresAt.getTime(), storedAt: clock() });
      }
      return found.info;
    },
    dropSession: (id) => dropWhere((e) => e.info.sessionId === id),
    dropSubject: (id) => dropWhere((e) => subjectOf(e.info) === id),
    forgetToken: (token) => {
      epoch++;
      entries.delete(sha256(token));
    },
    clear: () => dropWhere(() => true),
    size: () => entries.size,
    stop: () => {},
  };
  if (live) {
    const offs = [
      live.onSignal(SESSION_SIGNAL, cache.dropSession),
      live.onSignal(SUBJECT_SIGNAL, cache.dropSubject),
      live.onResync(cache.clear),
    ];
    cache.stop = () => {
      for (const off of offs) off();
    };
  }
  return cache;
}
