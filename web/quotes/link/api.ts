/**
 * The link page's two calls through Hono's typed client (the server's route types, erased at build):
 * read the quote (never changes anything) and post the decision. No cookies: the token is the key.
 */
import type { DecideFields } from '@shared/quotes/decide-args.schema.ts';
import { answer, linkClient } from '../../app/link-client.ts';

export type { Answer } from '../../app/link-client.ts';

export type Link = { quoteId: string; token: string };

/** `/approve.html?q=<quote id>#<token>`: the token stays in the fragment, which is never sent on a GET. */
export function linkFromLocation(): Link | null {
  const quoteId = new URLSearchParams(location.search).get('q') ?? '';
  const token = decodeURIComponent(location.hash.replace(/^#/, ''));
  if (!/^[0-9a-f-]{36}$/i.test(quoteId) || !/^[\w-]{20,80}$/.test(token)) return null;
  return { quoteId, token };
}

const route = linkClient['quote-link'][':quoteId'][':token'];

export const readQuote = (l: Link) => answer(route.$get({ param: l }));
export const postDecision = (l: Link, body: DecideFields) => answer(route.decide.$post({ param: l, json: body }));
