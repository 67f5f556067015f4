/**
 * Log lines: one JSON object per event, so a line break or a control character inside a value is
 * escaped and can never forge a second line. What customers type, who they are and what unlocks their
 * data stay out: phone numbers are masked, long token-like runs (tokens, their hashes) are cut out,
 * query parameters are never printed, and a database error is logged by its SQLSTATE and reason.
 */
import { classifyDbError } from './db-errors.ts';

export type LogFields = Record<string, string | number | boolean | null | undefined>;

const PHONE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
// 20+ characters of hex or base64url with at least one digit: session tokens, link tokens, hashes.
const TOKENISH = /[A-Za-z0-9_-]{20,}/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const maskPhone = (text: string) => text.replace(PHONE, '$1****$2');

/** Masks phones and cuts token-like runs out of free text that may hold them (messages, paths). */
export function scrub(text: string): string {
  return maskPhone(text).replace(TOKENISH, (run) => (/\d/.test(run) && /[a-zA-Z]/.test(run) ? '[redacted]' : run));
}

/** A request path for the log: ids stay (they name rows, not people), token segments go. */
export function logPath(path: string): string {
  return path
    .split('/')
    .map((seg) => (UUID.test(seg) || seg.length < 20 ? scrub(seg) : '[redacted]'))
    .join('/')
    .slice(0, 200);
}

export function logLine(event: string, fields: LogFields = {}): string {
  const clean: Record<string, unknown> = { at: new Date().toISOString(), event };
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    clean[k] = typeof v === 'string' ? scrub(v).slice(0, 2000) : v;
  }
  // JSON escapes \n, \r, NUL and other controls; the two Unicode line separators are escaped by hand.
  return JSON.stringify(clean)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Fields describing a thrown error: SQLSTATE and reason for the database's, name and origin otherwise. */
export function errorFields(e: unknown): LogFields {
  const db = classifyDbError(e);
  if (db) return { sqlstate: db.sqlstate, reason: db.reason };
  const cause = (e as { cause?: unknown })?.cause;
  const causeDb = cause ? classifyDbError(cause) : null;
  if (causeDb) return { sqlstate: causeDb.sqlstate, reason: causeDb.reason };
  if (e instanceof Error) {
    // A Drizzle wrapper's message holds the query and its parameters: never print it.
    const message = e.message.startsWith('Failed query:') ? 'database query failed' : e.message;
    const frames = (e.stack ?? '')
      .split('\n')
      .filter((l) => l.trim().startsWith('at '))
      .slice(0, 6)
      .map((l) => l.trim())
      .join(' | ');
    return { error: e.name, message: message.slice(0, 300), stack: frames };
  }
  return { error: typeof e };
}
