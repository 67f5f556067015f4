/**
 * What a database failure means for the caller. PostgreSQL names every failure with a SQLSTATE whose
 * first two characters are its class: 22 (a value the column cannot hold: out of range, a bad date, a
 * NUL byte) and 23 (a broken constraint) are the request's fault and answer 400 / 409 with a stable
 * code; only a lost connection, a server shutting down or a timeout is the service's fault (503 and
 * Retry-After, the client tries again). Drizzle wraps the driver's error in one whose message holds
 * the query's parameters, so the cause is read and the wrapper's message never reaches a log.
 */
import type { AppErrorCode } from '@shared/errors.ts';

export type DbFailure =
  | { kind: 'request'; code: Extract<AppErrorCode, 'invalid' | 'conflict'>; sqlstate: string; reason: string }
  | { kind: 'unavailable'; sqlstate: string; reason: string };

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/** The driver's own error under Drizzle's wrapper (a few levels at most). */
function driverError(e: unknown): Record<string, unknown> | null {
  let cur: unknown = e;
  for (let depth = 0; depth < 4 && cur && typeof cur === 'object'; depth++) {
    const o = cur as Record<string, unknown>;
    if (typeof o.code === 'string') return o;
    cur = o.cause;
  }
  return null;
}

/** The failure's class, or null when it is not a database error (a bug: 503 and a stack in the log). */
export function classifyDbError(e: unknown): DbFailure | null {
  const d = driverError(e);
  if (!d) return null;
  const code = d.code as string;
  // PostgreSQL quotes the offending value in its message ('value "…" is out of range for type integer'):
  // the reason keeps the words and drops whatever was quoted.
  const message = typeof d.message === 'string' ? d.message : code;
  const reason = message
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/"[^"]*"?/g, '"..."')
    .slice(0, 160);
  if (CONNECTION_CODES.has(code)) return { kind: 'unavailable', sqlstate: code, reason };
  if (!/^[0-9A-Z]{5}$/.test(code)) return null;
  const cls = code.slice(0, 2);
  if (cls === '22') return { kind: 'request', code: 'invalid', sqlstate: code, reason };
  if (cls === '23') return { kind: 'request', code: 'conflict', sqlstate: code, reason };
  // 08 connection, 53 resources (too many connections), 57 shutdown / statement timeout, 40 serialization.
  if (['08', '53', '57', '40'].includes(cls)) return { kind: 'unavailable', sqlstate: code, reason };
  return null;
}

export const REQUEST_FAILURE_MESSAGE: Record<'invalid' | 'conflict', string> = {
  invalid: 'A value cannot be stored (out of range or not valid text).',
  conflict: 'This conflicts with existing data.',
};
