/**
 * The remote approval link's API (/api/quote-link/:quoteId/:token), used by the approve.html page
 * with no session. It answers only about the one quote the token was signed for: the quote, the
 * center's name and phone, the car's model and masked plate — no customer name, phone or anything
 * else. GETs read only (link previewers and mail scanners open links); the decision is a POST.
 * A token that is forged, altered, revoked or for another quote → 404; expired → 410 link_expired.
 */
import { Hono } from 'hono';
import { and, eq, inArray } from 'drizzle-orm';
import * as v from 'valibot';
import { UuidSchema } from '@shared/ids.ts';
import { DecideFieldsSchema } from '@shared/quotes/decide-args.schema.ts';
import {
  type LinkDecided,
  LinkAnswerSchema,
  LinkDecidedSchema,
  LinkParamSchema,
} from '@shared/quotes/quote-link.schema.ts';
import { centers } from '../center/center.table.ts';
import type { DbOrTx } from '../db/client.ts';
import type { AppEnv } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { body, param } from '../http/validate.ts';
import { pgBlobStore } from '../media/blob-store.ts';
import { media } from '../media/media.table.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { decideQuote } from './authorization.service.ts';
import { checkLinkToken } from './quote-link.ts';
import { quoteAuthorizations } from './quote.table.ts';
import { authorizationView, linesOf, type QuoteRow, quoteView } from './quote.views.ts';

type C = { var: AppEnv['Variables'] };

/** "沪AD12345" → "沪AD***45": enough for the owner to recognise the car, not to identify it. */
export const maskPlate = (plate: string) => (plate.length <= 5 ? plate : `${plate.slice(0, 3)}***${plate.slice(-2)}`);

async function verified(c: C, quoteId: string, token: string) {
  const check = await checkLinkToken(c.var.db, c.var.deps.secret, quoteId, token, c.var.deps.clock.now());
  if (check.status === 'invalid') throw new AppError('not_found', 'This link is not valid.');
  // A genuine but expired link may say whom to call for a new one (the center, nothing of the customer).
  if (check.status === 'expired') {
    const { name, phone } = await centerOf(c.var.db, check.quote.centerId);
    throw new AppError('link_expired', 'This link has expired.', { center: { name, phone } });
  }
  return check;
}

async function centerOf(db: DbOrTx, centerId: string) {
  const [center] = await db
    .select({ name: centers.name, phone: centers.phone, timeZone: centers.timeZone })
    .from(centers)
    .where(eq(centers.id, centerId));
  return center!;
}

async function decidedAnswer(db: DbOrTx, q: QuoteRow): Promise<LinkDecided> {
  const [row] = await db.select().from(quoteAuthorizations).where(eq(quoteAuthorizations.quoteId, q.id));
  const r = authorizationView(row!);
  return {
    state: 'decided',
    decidedAt: r.signedAt,
    lines: r.lines,
    approvedTotalFen: r.approvedTotalFen,
    deferredTotalFen: r.deferredTotalFen,
    declinedTotalFen: r.declinedTotalFen,
    option: r.option,
    contentHash: r.contentHash,
    center: await centerOf(db, q.centerId),
  };
}

export const quoteLinkRoutes = new Hono<AppEnv>()
  .get(
    '/:quoteId/:token',
    doc({
      summary: 'The quote a remote approval link is for (read only)',
      tags: ['quotes'],
      response: LinkAnswerSchema,
      access: 'link',
    }),
    param(LinkParamSchema),
    async (c) => {
      const { quoteId, token } = c.req.valid('param');
      const { quote: q, expiresAt } = await verified(c, quoteId, token);
      c.header('cache-control', 'no-store');
      if (q.status === 'decided') return c.json(await decidedAnswer(c.var.db, q));
      if (q.status === 'withdrawn') throw new AppError('gone', 'This quote was withdrawn by the service center.');
      const base = `/api/quote-link/${quoteId}/${token}/photos`;
      const [car] = await c.var.db
        .select({ model: vehicles.model, plate: vehicles.plate })
        .from(vehicles)
        .where(eq(vehicles.id, q.vehicleId));
      return c.json({
        state: 'open' as const,
        quote: await quoteView(c.var.db, q, (id, size) => `${base}/${id}/${size}`),
        center: await centerOf(c.var.db, q.centerId),
        vehicle: { model: car!.model, plateMasked: maskPlate(car!.plate) },
        expiresAt: expiresAt.toISOString(),
      });
    },
  )
  .post(
    '/:quoteId/:token/decide',
    doc({
      summary: 'Decide the quote from the remote link (typed or drawn signature)',
      tags: ['quotes'],
      response: LinkDecidedSchema,
      access: 'link',
    }),
    param(LinkParamSchema),
    body(DecideFieldsSchema),
    async (c) => {
      const { quoteId, token } = c.req.valid('param');
      const { quote } = await verified(c, quoteId, token);
      const input = c.req.valid('json');
      const now = c.var.deps.clock.now();
      const r = await c.var.db.transaction((tx) =>
        decideQuote(tx, {
          ...input,
          quoteId,
          customerId: quote.customerId,
          channel: 'link',
          userAgent: c.req.header('user-agent'),
          now,
        }),
      );
      if (!r.ok) throw AppError.from(r);
      return c.json(await decidedAnswer(c.var.db, { ...quote, status: 'decided' }));
    },
  )
  .get(
    '/:quoteId/:token/photos/:mediaId/:size',
    doc({
      summary: 'A photo of a finding on the linked quote (WebP)',
      tags: ['quotes'],
      response: v.string(),
      access: 'link',
    }),
    param(
      v.object({
        ...LinkParamSchema.entries,
        mediaId: UuidSchema,
        size: v.picklist(['thumb', 'display'], 'must be thumb or display'),
      }),
    ),
    async (c) => {
      const { quoteId, token, mediaId, size } = c.req.valid('param');
      const { quote } = await verified(c, quoteId, token);
      // Only photos of the findings this quote's current version is about.
      const findingIds = (await linesOf(c.var.db, quote.id, quote.version))
        .map((l) => l.findingId)
        .filter((x): x is string => !!x);
      const [row] = findingIds.length
        ? await c.var.db
            .select()
            .from(media)
            .where(and(eq(media.id, mediaId), eq(media.ownerKind, 'finding'), inArray(media.ownerId, findingIds)))
        : [];
      if (!row) throw new AppError('not_found');
      const blob = await pgBlobStore(c.var.db).get(size === 'thumb' ? row.thumbKey : row.displayKey);
      if (!blob) throw new AppError('not_found');
      return c.body(new Uint8Array(blob.bytes), 200, {
        'content-type': blob.contentType,
        'cache-control': 'private, max-age=3600',
      });
    },
  );
