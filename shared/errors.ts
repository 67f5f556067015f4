/**
 * The closed set of expected failures. Domain code returns `Result` with one of these codes;
 * the server maps each code to an HTTP status once (server/http/errors.ts) and the web maps it to
 * words once (web/i18n/catalog/errors.ts). Throw only for bugs and infrastructure faults.
 */
export const APP_ERROR_CODES = [
  'invalid',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'unsupported_media_type',
  'rate_limited',
  'code_invalid',
  'code_expired',
  'too_many_attempts',
  'out_of_order',
  'unavailable',
  'gone',
  'slot_taken',
  'quote_outdated',
  'link_expired',
  'already_decided',
  'too_large',
  'vehicle_busy',
  'too_many_bookings',
  'already_answered',
  'family_ended',
  'family_scope',
  'family_limit',
  'family_full',
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export type Ok<T> = { ok: true; value: T };
export type Err = { ok: false; code: AppErrorCode; message?: string; details?: Record<string, unknown> };
export type Result<T> = Ok<T> | Err;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = (code: AppErrorCode, message?: string, details?: Record<string, unknown>): Err => ({
  ok: false,
  code,
  ...(message === undefined ? {} : { message }),
  ...(details === undefined ? {} : { details }),
});

/** The body of every error answer from the API. `issues` names fields, never their values. */
export type ApiErrorBody = {
  error: AppErrorCode;
  message: string;
  issues?: { path: string; code: string }[];
  details?: Record<string, unknown>;
};
