/**
 * Serving and uploading photos.
 *
 * GET /api/media/:id/(thumb|display)[?share=<token>] — the re-encoded WebP, only to: the customer who
 * owns it, staff of that customer's center, or a share link (not revoked) of the photo's vehicle.
 * Anyone else gets 404, the same answer as for a photo that does not exist. Responses are
 * `private, immutable`: a photo's bytes never change under its id.
 *
 * POST /api/staff/media (multipart: file, ownerKind, ownerId, role, caption) — staff upload, attached
 * to an owner registered in media-owners.ts; the owner's view row is republished in the same
 * transaction. Its path is in UPLOAD_PATHS (server/app.ts) so the JSON-only guard lets it through.
 */
import { refuseOversizeBody } from '../http/limits.ts';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { eq } from 'drizzle-orm';
import * as v from 'valibot';
import { MediaViewSchema } from '@shared/health-record/visit-view.schema.ts';
import { UuidSchema } from '@shared/ids.ts';
import { currentSession, requireAction } from '../auth/auth.middleware.ts';
import { customers } from '../customers/customer.table.ts';
import { findShareLink } from '../health-record/share-link.service.ts';
import type { AppEnv } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { invalidBody, param, query } from '../http/validate.ts';
import { pgBlobStore } from './blob-store.ts';
import { parseRange } from './range.ts';
import { mediaOwnerResolver } from './media-owners.ts';
import { findMedia, MAX_UPLOAD_BYTES, type MediaRow, mediaView, prepareImage, saveImage } from './media.service.ts';

export const STAFF_MEDIA_UPLOAD_PATH = /^\/api\/staff\/media\/?$/;

async function mayRead(c: Context<AppEnv>, row: MediaRow, share: string | undefined): Promise<boolean> {
  if (share !== undefined) {
    const link = await findShareLink(c.var.db, c.var.deps.secret, share);
    return link.status === 'ok' && link.link.vehicleId === row.vehicleId;
  }
  const s = await currentSession(c);
  if (s?.kind === 'customer') return s.customerId === row.customerId;
  if (s?.kind === 'staff') {
    const [owner] = await c.var.db
      .select({ centerId: customers.centerId })
      .from(customers)
      .where(eq(customers.id, row.customerId));
    return owner?.centerId === s.centerId;
  }
  return false;
}

export const mediaRoutes = new Hono<AppEnv>().get(
  '/:id/:size',
  doc({
    summary: 'A photo (WebP): to its owner, the center’s staff, or a share link of its vehicle',
    tags: ['media'],
    response: v.string(),
    access: 'link',
    contentType: 'image/webp',
  }),
  param(v.object({ id: UuidSchema, size: v.picklist(['thumb', 'display'], 'must be thumb or display') })),
  query(v.object({ share: v.optional(v.pipe(v.string(), v.maxLength(100, 'is too long'))) })),
  async (c) => {
    const { id, size } = c.req.valid('param');
    const row = await findMedia(c.var.db, id);
    if (!row || !(await mayRead(c, row, c.req.valid('query').share))) throw new AppError('not_found');
    const blob = await pgBlobStore(c.var.db).get(size === 'thumb' ? row.thumbKey : row.displayKey);
    if (!blob) throw new AppError('not_found');
    // Range requests (a video element seeks and streams; a photo may be fetched in parts too).
    const length = blob.bytes.byteLength;
    const headers = {
      'content-type': blob.contentType,
      'cache-control': 'private, max-age=31536000, immutable',
      'accept-ranges': 'bytes',
    };
    const range = parseRange(c.req.header('range'), length);
    if (range === 'invalid') return c.body(null, 416, { ...headers, 'content-range': `bytes */${length}` });
    if (range === 'whole') return c.body(new Uint8Array(blob.bytes), 200, headers);
    const part = new Uint8Array(blob.bytes.subarray(range.start, range.end + 1));
    return c.body(part, 206, { ...headers, 'content-range': `bytes ${range.start}-${range.end}/${length}` });
  },
);

const UploadFieldsSchema = v.object({
  ownerKind: v.pipe(v.string(), v.regex(/^[a-z_]{1,40}$/, 'must be an owner kind')),
  ownerId: UuidSchema,
  role: v.optional(
    v.picklist(['before', 'after', 'evidence', 'event'], 'must be before, after, evidence or event'),
    'evidence',
  ),
  caption: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(120, 'is too long'))), null),
});

export const staffMediaRoutes = new Hono<AppEnv>().post(
  '/',
  requireAction('media.upload'),
  doc({
    summary: 'Upload a photo (multipart) for a visit, finding or other owner',
    tags: ['staff', 'media'],
    response: MediaViewSchema,
    access: 'staff',
    status: 201,
    upload: UploadFieldsSchema,
  }),
  bodyLimit({
    maxSize: MAX_UPLOAD_BYTES + 64 * 1024,
    onError: refuseOversizeBody('invalid', 'The photo is larger than 15 MB.'),
  }),
  async (c) => {
    const form = await c.req.parseBody().catch(() => {
      throw new AppError('invalid', 'Send the photo as multipart/form-data.');
    });
    const file = form.file;
    const fields = v.safeParse(UploadFieldsSchema, {
      ownerKind: form.ownerKind,
      ownerId: form.ownerId,
      role: form.role || undefined,
      caption: typeof form.caption === 'string' && form.caption !== '' ? form.caption : null,
    });
    if (!fields.success) return c.json(invalidBody(fields.issues), 400);
    if (!(file instanceof File)) throw new AppError('invalid', 'file: is required');
    const { ownerKind, ownerId, role, caption } = fields.output;
    const resolve = mediaOwnerResolver(ownerKind);
    if (!resolve) throw new AppError('invalid', 'ownerKind: is not a kind photos can be attached to');
    if (!(await resolve(c.var.db, ownerId, c.var.staff.centerId))) throw new AppError('not_found', 'No such owner.');
    const prepared = await prepareImage(
      new Uint8Array(await file.arrayBuffer()),
      file.type || 'application/octet-stream',
    );
    const row = await c.var.db.transaction(async (tx) => {
      const owner = await resolve(tx, ownerId, c.var.staff.centerId);
      if (!owner) throw new AppError('not_found', 'No such owner.');
      const saved = await saveImage(
        tx,
        { customerId: owner.customerId, vehicleId: owner.vehicleId, ownerKind, ownerId, role, caption },
        prepared,
      );
      await owner.republish(tx);
      return saved;
    });
    return c.json(mediaView(row), 201);
  },
);
