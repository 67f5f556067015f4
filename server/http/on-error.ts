/**
 * The one error hook: an AppError becomes its status and body; a database failure caused by the request
 * (SQLSTATE class 22 or 23) is a 400 / 409 with a stable code, never a 503; a lost or overloaded
 * database is a 503 with Retry-After; anything else is a bug, logged (without the request's data) and
 * answered 503. Rate limits and 503s say when to come back.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './context.ts';
import { classifyDbError, REQUEST_FAILURE_MESSAGE } from './db-errors.ts';
import { AppError, errorBody, STATUS_OF } from './errors.ts';
import { errorFields, logLine, logPath } from './log.ts';

/** Seconds to wait before trying again, by code, unless the error names its own. */
const RETRY_AFTER_S: Partial<Record<string, number>> = { unavailable: 2, rate_limited: 60, too_many_attempts: 60 };

export function answerError(e: Error, c: Context<AppEnv>, log: (line: string) => void) {
  if (e instanceof AppError) {
    const wait = Number(e.details?.retryAfterSeconds) || RETRY_AFTER_S[e.code];
    if (wait) c.header('Retry-After', String(Math.ceil(wait)));
    // The rest of a refused body is never read: the connection cannot carry another request.
    if (e.code === 'too_large') c.header('Connection', 'close');
    return c.json(e.body(), STATUS_OF[e.code]);
  }
  if (e instanceof HTTPException && e.status === 400)
    return c.json(errorBody('invalid', 'The body is not valid JSON.'), 400);
  if (e instanceof HTTPException) return c.json(errorBody('invalid', e.message), e.status as 400);
  const where = { method: c.req.method, path: logPath(c.req.path) };
  const db = classifyDbError(e);
  if (db?.kind === 'request') {
    log(logLine('request_refused_by_database', { ...where, sqlstate: db.sqlstate, reason: db.reason }));
    return c.json(errorBody(db.code, REQUEST_FAILURE_MESSAGE[db.code]), STATUS_OF[db.code]);
  }
  log(logLine(db ? 'database_unavailable' : 'error', { ...where, ...errorFields(e) }));
  c.header('Retry-After', String(RETRY_AFTER_S.unavailable));
  return c.json(errorBody('unavailable'), 503);
}
