/**
 * The invite page's calls through Hono's typed client (the server's route types, erased at build),
 * all without cookies: the code in the link is the only key. Answers are parsed with their schemas.
 */
import { hc } from 'hono/client';
import * as v from 'valibot';
import { ApiErrorBodySchema } from '@shared/api-error.schema.ts';
import { CodeSentSchema } from '@shared/auth/auth.schema.ts';
import type { ApiErrorBody } from '@shared/errors.ts';
import {
  InviteBookSchema,
  InviteBookedSchema,
  InvitePageSchema,
  InviteVerifiedSchema,
  type InviteVerifySchema,
} from '@shared/referral/invite.schema.ts';
import type { ApiType } from '../../server/app-type.ts';

export type Answer<T> = { ok: true; value: T } | { ok: false; status: number; body: ApiErrorBody | null };

export const inviteClient = hc<ApiType>('/api', { init: { credentials: 'omit', cache: 'no-store' } });

type Reply = { ok: boolean; status: number; json(): Promise<unknown> };

async function answer<S extends v.GenericSchema>(
  schema: S,
  request: Promise<Reply>,
): Promise<Answer<v.InferOutput<S>>> {
  const res = await request;
  if (res.ok) return { ok: true, value: v.parse(schema, await res.json()) };
  const body = v.safeParse(ApiErrorBodySchema, await res.json().catch(() => null));
  return { ok: false, status: res.status, body: body.success ? body.output : null };
}

/** `/invite.html#<code>`: the code is in the fragment, which is never sent with the page's GET. */
export function codeFromLocation(): string | null {
  const code = decodeURIComponent(location.hash.replace(/^#/, ''));
  return /^[A-Za-z0-9_-]{16}$/.test(code) ? code : null;
}

const route = inviteClient.invite[':code'];

export const readInvite = (code: string) => answer(InvitePageSchema, route.$get({ param: { code } }));
export const sendCode = (code: string, phone: string) =>
  answer(CodeSentSchema, route.code.$post({ param: { code }, json: { phone } }));
export const verify = (code: string, body: v.InferInput<typeof InviteVerifySchema>) =>
  answer(InviteVerifiedSchema, route.verify.$post({ param: { code }, json: body }));
/** The choice comes from the page's radios: checked against the route's schema before it is sent. */
export function book(code: string, choice: { ticket: string; service: string; date: string; partOfDay: string }) {
  const body = v.safeParse(InviteBookSchema, choice);
  if (!body.success) return Promise.resolve<Answer<never>>({ ok: false, status: 400, body: null });
  return answer(InviteBookedSchema, route.book.$post({ param: { code }, json: body.output }));
}
