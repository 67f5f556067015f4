import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody, AppErrorCode, Err } from '@shared/errors.ts';

/** The one place an error code becomes an HTTP status. */
export const STATUS_OF: Record<AppErrorCode, ContentfulStatusCode> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unsupported_media_type: 415,
  rate_limited: 429,
  code_invalid: 400,
  code_expired: 400,
  too_many_attempts: 429,
  out_of_order: 409,
  unavailable: 503,
  gone: 410,
  slot_taken: 409,
  quote_outdated: 409,
  link_expired: 410,
  already_decided: 409,
  too_large: 413,
  vehicle_busy: 409,
  too_many_bookings: 409,
  already_answered: 409,
  family_ended: 403,
  family_scope: 403,
  family_limit: 403,
  family_full: 409,
};

const DEFAULT_MESSAGE: Record<AppErrorCode, string> = {
  invalid: 'The request is not valid.',
  unauthenticated: 'Sign in first.',
  forbidden: 'Your role may not do this.',
  not_found: 'Not found.',
  conflict: 'This conflicts with the current state.',
  unsupported_media_type: 'Send the body as application/json.',
  rate_limited: 'Too many requests; try again later.',
  code_invalid: 'The code is not right.',
  code_expired: 'The code has expired or was already used; ask for a new one.',
  too_many_attempts: 'Too many wrong codes; ask for a new one.',
  out_of_order: 'Mutations must arrive in order.',
  unavailable: 'The service is briefly unavailable; try again.',
  gone: 'This is no longer available.',
  slot_taken: 'That slot has just been taken.',
  quote_outdated: 'The quote was revised; review the new version.',
  link_expired: 'This link has expired.',
  already_decided: 'This was already decided.',
  too_large: 'The request body is too large.',
  vehicle_busy: 'This vehicle already has a booking at that time.',
  too_many_bookings: 'You already have as many upcoming bookings as one customer may hold.',
  already_answered: 'This survey was already answered.',
  family_ended: 'Your shared access to this vehicle has ended.',
  family_scope: 'Your shared access to this vehicle does not include this.',
  family_limit: 'This is above the amount you may approve for this vehicle; ask the owner.',
  family_full: 'This vehicle is already shared with as many family members as allowed.',
};

/** Thrown by route code for an expected failure; onError turns it into the JSON error body. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message?: string,
    readonly details?: Record<string, unknown>,
    readonly issues?: ApiErrorBody['issues'],
  ) {
    super(message ?? DEFAULT_MESSAGE[code]);
  }
  static from(e: Err) {
    return new AppError(e.code, e.message, e.details);
  }
  body(): ApiErrorBody {
    return {
      error: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

export const errorBody = (code: AppErrorCode, message?: string): ApiErrorBody => ({
  error: code,
  message: message ?? DEFAULT_MESSAGE[code],
});
