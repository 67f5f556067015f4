/**
 * The typed client of the pages opened from a text message (approve.html, survey.html): Hono's `hc`
 * over the server's ApiType, erased at build, no cookies (the link's token is the key), never cached.
 */
import { type ClientResponse, hc } from 'hono/client';
import * as v from 'valibot';
import { ApiErrorBodySchema } from '@shared/api-error.schema.ts';
import type { ApiErrorBody } from '@shared/errors.ts';
import type { ApiType } from '../../server/app-type.ts';

export type Answer<T> = { ok: true; value: T } | { ok: false; status: number; body: ApiErrorBody | null };

export const linkClient = hc<ApiType>('/api', { init: { credentials: 'omit', cache: 'no-store' } });

/** The JSON body of a 2xx answer, as the route's handler types it (the same contract as web/sync/client.ts). */
type BodyOf<R> = R extends ClientResponse<infer T, number, string> ? T : never;

// The body is typed by the server's handler, not parsed: the pages' schemas would cost their 40 KiB budget.
export async function answer<R extends ClientResponse<unknown, number, string>>(
  request: Promise<R>,
): Promise<Answer<BodyOf<R>>> {
  const res = await request;
  if (res.ok) return { ok: true, value: (await res.json()) as BodyOf<R> };
  const body = v.safeParse(ApiErrorBodySchema, await res.json().catch(() => null));
  return { ok: false, status: res.status, body: body.success ? body.output : null };
}
