/**
 * Graceful shutdown of one process (SIGTERM): from `begin()` on, new API requests get 503 with
 * Retry-After (a load balancer sends them to another process; clients retry),
 * requests already inside — a push mid-transaction above all — run to their answer, and `settled()`
 * resolves when none is left (or the deadline passed). Live streams are closed by the live hub with a
 * retry hint (server/sync/live-hub.ts closeAll), not counted here: their handler returns at once.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.ts';
import { AppError } from './errors.ts';

export type Drain = {
  middleware: MiddlewareHandler<AppEnv>;
  begin: () => void;
  draining: () => boolean;
  inFlight: () => number;
  /** True when every request in flight finished before `deadlineMs`. */
  settled: (deadlineMs: number) => Promise<boolean>;
};

export function createDrain(): Drain {
  let draining = false;
  let inFlight = 0;
  const idle = new Set<() => void>();
  return {
    middleware: async (c, next) => {
      if (draining) {
        // No `Connection: close` here: the body is still unread, and closing now would reset the
        // connection before the client reads the answer. Node discards the body; the socket closes
        // when the process stops listening.
        throw new AppError('unavailable', 'This server is restarting; try again.', { retryAfterSeconds: 1 });
      }
      inFlight++;
      try {
        await next();
      } finally {
        inFlight--;
        if (inFlight === 0) for (const done of idle) done();
      }
      // Keep-alive connections would carry the next request to a process that is going away.
      if (draining) c.header('Connection', 'close');
    },
    begin: () => {
      draining = true;
    },
    draining: () => draining,
    inFlight: () => inFlight,
    settled: (deadlineMs) =>
      new Promise((resolve) => {
        if (inFlight === 0) return resolve(true);
        const done = () => {
          clearTimeout(timer);
          idle.delete(done);
          resolve(true);
        };
        const timer = setTimeout(() => {
          idle.delete(done);
          resolve(false);
        }, deadlineMs);
        idle.add(done);
      }),
  };
}
