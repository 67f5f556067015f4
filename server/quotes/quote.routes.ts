/**
 * Staff quote routes (/api/staff/quotes): the open visits with their findings and quotes, one quote
 * with its versions and authorization records, create (a draft), revise, send, and a new link.
 * Advisors and managers write; technicians may read (they record the findings quotes come from).
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { err } from '@shared/errors.ts';
import { IdParamSchema } from '@shared/ids.ts';
import {
  CreateQuoteSchema,
  ReviseQuoteSchema,
  SendResultSchema,
  StaffQuoteSchema,
  StaffVisitQuotesSchema,
} from '@shared/quotes/staff-quote.schema.ts';
import { requireAction } from '../auth/auth.middleware.ts';
import { type AppEnv, staffActor } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { errorFields, logLine, maskPhone } from '../http/log.ts';
import { body, param } from '../http/validate.ts';
import { createQuote, reviseQuote } from './quote-build.service.ts';
import { withdrawQuote } from './quote-close.ts';
import { lockQuote } from './quote-lock.ts';
import { staffQuote, visitsWithQuotes } from './quote-read.service.ts';
import { newQuoteLink, type SentLink, sendQuote } from './quote-send.service.ts';

type C = { var: AppEnv['Variables']; req: { url: string } };

// Links are built from PITLANE_PUBLIC_URL (required outside demo mode), never from a Host header a
// client can forge; a demo server without it links to itself on localhost.
const baseUrl = (c: C) =>
  c.var.deps.publicUrl?.replace(/\/$/, '') ?? `http://localhost:${new URL(c.req.url).port || '80'}`;

async function loaded(c: C, id: string) {
  const quote = await staffQuote(c.var.db, c.var.staff.centerId, id);
  if (!quote) throw new AppError('not_found', 'No such quote.');
  return quote;
}

/** The text message goes out after commit; a failed send is logged, the quote stays sent. */
async function sendSms(c: C, link: SentLink) {
  try {
    await c.var.deps.sms.send({ to: link.phone, text: link.text, kind: 'quote_link' });
  } catch (e) {
    c.var.deps.log(logLine('quote_link_sms_failed', errorFields(e)));
  }
}

// Staff see that and where the link went, never the link: its token lets its holder sign as the customer.
const linkOut = (_c: C, link: SentLink) => ({
  sentTo: maskPhone(link.phone),
  expiresAt: link.expiresAt.toISOString(),
});

export const staffQuoteRoutes = new Hono<AppEnv>()
  .get(
    '/visits',
    requireAction('quotes.read'),
    doc({
      summary: 'Open visits with their findings and quotes',
      tags: ['quotes'],
      response: v.array(StaffVisitQuotesSchema),
      access: 'staff',
    }),
    async (c) => c.json(await visitsWithQuotes(c.var.db, c.var.staff.centerId)),
  )
  .get(
    '/:id',
    requireAction('quotes.read'),
    doc({
      summary: 'A quote with its versions, authorization records and deferrals',
      tags: ['quotes'],
      response: StaffQuoteSchema,
      access: 'staff',
    }),
    param(IdParamSchema),
    async (c) => c.json(await loaded(c, c.req.valid('param').id)),
  )
  .post(
    '/',
    requireAction('quotes.edit'),
    doc({
      summary: 'Build a quote (a draft) from a visit’s findings',
      tags: ['quotes'],
      response: StaffQuoteSchema,
      access: 'staff',
      status: 201,
    }),
    body(CreateQuoteSchema),
    async (c) => {
      const now = c.var.deps.clock.now();
      const r = await c.var.db.transaction((tx) => createQuote(tx, staffActor(c), c.req.valid('json'), now));
      if (!r.ok) throw AppError.from(r);
      return c.json(await loaded(c, r.value), 201);
    },
  )
  .post(
    '/:id/revise',
    requireAction('quotes.edit'),
    doc({
      summary: 'Revise a quote (a sent one gets a new version)',
      tags: ['quotes'],
      response: StaffQuoteSchema,
      access: 'staff',
    }),
    param(IdParamSchema),
    body(ReviseQuoteSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const now = c.var.deps.clock.now();
      const r = await c.var.db.transaction((tx) => reviseQuote(tx, staffActor(c), id, c.req.valid('json'), now));
      if (!r.ok) throw AppError.from(r);
      return c.json(await loaded(c, id));
    },
  )
  .post(
    '/:id/send',
    requireAction('quotes.send'),
    doc({
      summary: 'Send a draft: in-app notification and an SMS with the approval link',
      tags: ['quotes'],
      response: SendResultSchema,
      access: 'staff',
    }),
    param(IdParamSchema),
    body(v.object({})),
    async (c) => {
      const { id } = c.req.valid('param');
      const now = c.var.deps.clock.now();
      const r = await c.var.db.transaction((tx) =>
        sendQuote(tx, c.var.deps.secret, staffActor(c), id, now, baseUrl(c)),
      );
      if (!r.ok) throw AppError.from(r);
      await sendSms(c, r.value);
      return c.json({ quote: await loaded(c, id), link: linkOut(c, r.value) });
    },
  )
  .post(
    '/:id/withdraw',
    requireAction('quotes.withdraw'),
    doc({
      summary: 'Withdraw a quote that waits for the customer (its link then refuses a decision)',
      tags: ['quotes'],
      response: StaffQuoteSchema,
      access: 'staff',
    }),
    param(IdParamSchema),
    body(v.object({})),
    async (c) => {
      const { id } = c.req.valid('param');
      const now = c.var.deps.clock.now();
      const r = await c.var.db.transaction(async (tx) => {
        const q = await lockQuote(tx, staffActor(c), id);
        if (!q) return err('not_found', 'No such quote.');
        return withdrawQuote(tx, q, now);
      });
      if (!r.ok) throw AppError.from(r);
      return c.json(await loaded(c, id));
    },
  )
  .post(
    '/:id/link',
    requireAction('quotes.send'),
    doc({
      summary: 'Send a new approval link for a quote waiting for the customer',
      tags: ['quotes'],
      response: SendResultSchema,
      access: 'staff',
    }),
    param(IdParamSchema),
    body(v.object({})),
    async (c) => {
      const { id } = c.req.valid('param');
      const now = c.var.deps.clock.now();
      const r = await c.var.db.transaction((tx) =>
        newQuoteLink(tx, c.var.deps.secret, staffActor(c), id, now, baseUrl(c)),
      );
      if (!r.ok) throw AppError.from(r);
      await sendSms(c, r.value);
      return c.json({ quote: await loaded(c, id), link: linkOut(c, r.value) });
    },
  );
