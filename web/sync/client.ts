/**
 * The typed API client: Hono's RPC client over the server's route types (`ApiType`, a type-only
 * import erased at build time). A renamed route or a changed body fails `tsc` at every caller.
 * `call()` turns a non-2xx answer into ApiError with the server's code, so screens map codes to
 * words once (web/i18n), and a network failure into ApiError('network').
 */
import { hc, type ClientResponse } from 'hono/client';
import type { ApiErrorBody } from '@shared/errors.ts';
import type { ApiType } from '../../server/app-type.ts';
import { ApiError, transportFetch } from './api.ts';

/** Where the API is mounted; `API_BASE + client.x.$path()` is a typed href (`$url()` needs an absolute base). */
export const API_BASE = '/api';

export const client = hc<ApiType>(API_BASE, {
  fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
    transportFetch(input, { credentials: 'same-origin', ...init })) as typeof fetch,
});

/** The JSON body of a client response; distributes over a handler's several `c.json()` answers. */
type BodyOf<R> = R extends ClientResponse<infer T, number, string> ? T : never;

/** Awaits a typed client call; resolves to the 2xx JSON body, rejects with ApiError otherwise. */
export async function call<R extends ClientResponse<unknown, number, string>>(request: Promise<R>): Promise<BodyOf<R>> {
  let res: R;
  try {
    res = await request;
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error).message);
  }
  if (res.ok) return (await res.json()) as BodyOf<R>;
  const body = (await res.json().catch(() => null)) as ApiErrorBody | null;
  throw new ApiError(res.status, body?.error ?? 'unavailable', body?.message ?? res.statusText, body?.details);
}
