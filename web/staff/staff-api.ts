/** Staff console calls go straight to the API (staff work online; nothing is mirrored for them). */
import type { ApiErrorBody } from '@shared/errors.ts';

export class StaffApiError extends Error {
  override name = 'StaffApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function handle<T>(res: Response): Promise<T> {
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => null)) as ApiErrorBody | null;
  throw new StaffApiError(res.status, body?.error ?? 'unavailable', body?.message ?? res.statusText);
}

export const staffGet = <T>(path: string) => fetch(path, { credentials: 'same-origin' }).then((r) => handle<T>(r));

export const staffPost = <T>(path: string, json: unknown, method = 'POST') =>
  fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(json),
  }).then((r) => handle<T>(r));

/** Multipart upload (photos): the browser sets the boundary. */
export const staffUpload = <T>(path: string, form: FormData) =>
  fetch(path, { method: 'POST', credentials: 'same-origin', body: form }).then((r) => handle<T>(r));
