/** The link page's two calls: read the quote (never changes anything) and post the decision. */
import type { ApiErrorBody } from '@shared/errors.ts';
import type { DecideFields } from '@shared/quotes/decide-args.schema.ts';
import type { LinkAnswer, LinkDecided } from '@shared/quotes/quote-link.schema.ts';

export type Answer<T> = { ok: true; value: T } | { ok: false; status: number; body: ApiErrorBody | null };

async function call<T>(path: string, init?: RequestInit): Promise<Answer<T>> {
  const res = await fetch(path, { credentials: 'omit', cache: 'no-store', ...init });
  if (res.ok) return { ok: true, value: (await res.json()) as T };
  return { ok: false, status: res.status, body: (await res.json().catch(() => null)) as ApiErrorBody | null };
}

export type Link = { quoteId: string; token: string };

/** `/approve.html?q=<quote id>#<token>`: the token stays in the fragment, which is never sent on a GET. */
export function linkFromLocation(): Link | null {
  const quoteId = new URLSearchParams(location.search).get('q') ?? '';
  const token = decodeURIComponent(location.hash.replace(/^#/, ''));
  if (!/^[0-9a-f-]{36}$/i.test(quoteId) || !/^[\w-]{20,80}$/.test(token)) return null;
  return { quoteId, token };
}

const base = (l: Link) => `/api/quote-link/${l.quoteId}/${encodeURIComponent(l.token)}`;

export const readQuote = (l: Link) => call<LinkAnswer>(base(l));
export const postDecision = (l: Link, body: DecideFields) =>
  call<LinkDecided>(`${base(l)}/decide`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
