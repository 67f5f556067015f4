/**
 * Resource limits a careless or hostile client must not get past: the size of a request body (counted
 * while it streams, so a 400 MB body costs at most the limit in memory) and the number of live streams
 * one session and one process hold open.
 */
import type { AppErrorCode } from '@shared/errors.ts';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './context.ts';
import { drainRequestBody } from './drain-body.ts';
import { AppError } from './errors.ts';

/** Any JSON body: the largest form (a visit report, a booking with its notes) is a few kB. */
export const JSON_BODY_MAX = 256 * 1024;
/**
 * Bodies that may carry a signature image (up to 200 kB of data URL): a decision on a quote link, and a
 * sync push of up to 100 queued mutations (a device that hits the limit sends smaller batches).
 */
export const LARGE_BODY_MAX = 4 * 1024 * 1024;
const LARGE_BODY_PATHS = [/^\/api\/sync\/push$/, /^\/api\/quote-link\/[^/]+\/[^/]+\/decide$/];

/** bodyLimit's onError: the refusal goes out after the rest of the body is read (see drain-body.ts). */
export const refuseOversizeBody =
  (code: AppErrorCode, message: string) =>
  async (c: Context): Promise<Response> => {
    await drainRequestBody(c.req.raw);
    throw new AppError(code, message);
  };
const tooLarge = (max: number) =>
  refuseOversizeBody('too_large', `The request body is larger than ${Math.round(max / 1024)} kB.`);
const small = bodyLimit({ maxSize: JSON_BODY_MAX, onError: tooLarge(JSON_BODY_MAX) });
const large = bodyLimit({ maxSize: LARGE_BODY_MAX, onError: tooLarge(LARGE_BODY_MAX) });

/** Upload routes set their own (larger) limit next to the handler; every other body gets one here. */
export const bodyLimits =
  (uploadPaths: RegExp[]): MiddlewareHandler<AppEnv> =>
  (c, next) => {
    const path = c.req.path;
    if (uploadPaths.some((p) => p.test(path))) return next();
    return (LARGE_BODY_PATHS.some((p) => p.test(path)) ? large : small)(c, next);
  };

export type StreamSlots = {
  /** A release function, or null when the session or the process already holds its share. */
  take: (sessionId: string) => (() => void) | null;
  open: () => number;
};

/**
 * Live streams per session (a phone holds one; a few tabs or a reconnect overlapping its old stream
 * fit) and per process (each stream is a socket and a subscription).
 */
export const STREAMS_PER_SESSION = 4;

export function streamSlots(perSession = STREAMS_PER_SESSION, perProcess = 2000): StreamSlots {
  const bySession = new Map<string, number>();
  let total = 0;
  return {
    take: (sessionId) => {
      const held = bySession.get(sessionId) ?? 0;
      if (held >= perSession || total >= perProcess) return null;
      bySession.set(sessionId, held + 1);
      total++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        total--;
        const n = (bySession.get(sessionId) ?? 1) - 1;
        if (n <= 0) bySession.delete(sessionId);
        else bySession.set(sessionId, n);
      };
    },
    open: () => total,
  };
}

export const STREAM_RETRY_AFTER_S = 30;

/** This process's live streams (the per-process count is this module's). */
export const liveStreamSlots = streamSlots();
