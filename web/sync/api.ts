/**
 * ApiError and the transport every API call uses. The customer app calls through the typed client
 * (./client.ts), and so does the staff console (web/staff/staff-client.ts); `api()` is left for the approve page. Errors come back as
 * ApiError with the server's code, so callers map codes to words once (web/i18n/catalog/errors.ts).
 */
import type { ApiErrorBody, AppErrorCode } from '@shared/errors.ts';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: AppErrorCode | 'network',
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

type Transport = { base: string; fetch: typeof fetch };
const transport: Transport = { base: '', fetch: (...args) => fetch(...args) };

/** Tests running the sync code outside a browser point it at a server and a cookie-carrying fetch. */
export function configureApi(next: Partial<Transport>) {
  Object.assign(transport, next);
}

/** The fetch every API call uses (the typed client's too), so tests can point it at a server. */
export function transportFetch(input: RequestInfo | URL, init?: RequestInit) {
  const url = typeof input === 'string' && input.startsWith('/') ? transport.base + input : input;
  return transport.fetch(url, init);
}

export async function api<T>(
  path: string,
  init: { method?: string; json?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  let res: Response;
  try {
    res = await transport.fetch(transport.base + path, {
      method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
      headers: init.json === undefined ? {} : { 'content-type': 'application/json' },
      body: init.json === undefined ? null : JSON.stringify(init.json),
      credentials: 'same-origin',
      signal: init.signal ?? null,
    });
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error).message);
  }
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => null)) as ApiErrorBody | null;
  throw new ApiError(res.status, body?.error ?? 'unavailable', body?.message ?? res.statusText, body?.details);
}
