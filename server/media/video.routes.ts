/**
 * POST /api/staff/media/video (multipart: file = the clip, poster = a JPEG frame the staff page grabbed,
 * ownerKind, ownerId, caption): a short clip attached to an owner registered in media-owners.ts
 * (a timeline event), stored by video.service.ts; the owner's view row is republished in the same
 * transaction. Its path is in UPLOAD_PATHS (server/app.ts).
 */
import { refuseOversizeBody } from '../http/limits.ts';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { MediaViewSchema } from '@shared/health-record/visit-view.schema.ts';
import { UuidSchema } from '@shared/ids.ts';
import { requireAction } from '../auth/auth.middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { invalidBody } from '../http/validate.ts';
import { mediaOwnerResolver } from './media-owners.ts';
import { MAX_UPLOAD_BYTES, mediaView, prepareImage } from './media.service.ts';
import { prepareVideo, saveVideo, VIDEO_MAX_BYTES } from './video.service.ts';

export const STAFF_VIDEO_UPLOAD_PATH = /^\/api\/staff\/media\/video\/?$/;

const VideoFieldsSchema = v.object({
  ownerKind: v.pipe(v.string(), v.regex(/^[a-z_]{1,40}$/, 'must be an owner kind')),
  ownerId: UuidSchema,
  caption: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(120, 'is too long'))), null),
});

export const staffVideoRoutes = new Hono<AppEnv>().post(
  '/',
  requireAction('media.upload'),
  doc({
    summary: 'Upload a short clip (≤ 30 MB, ≤ 60 s, MP4/WebM) with its poster frame, without location',
    tags: ['staff', 'media'],
    response: MediaViewSchema,
    access: 'staff',
    status: 201,
    upload: VideoFieldsSchema,
  }),
  bodyLimit({
    maxSize: VIDEO_MAX_BYTES + MAX_UPLOAD_BYTES + 64 * 1024,
    onError: refuseOversizeBody('invalid', 'The clip is larger than 30 MB.'),
  }),
  async (c) => {
    const form = await c.req.parseBody().catch(() => {
      throw new AppError('invalid', 'Send the clip as multipart/form-data.');
    });
    const fields = v.safeParse(VideoFieldsSchema, {
      ownerKind: form.ownerKind,
      ownerId: form.ownerId,
      caption: typeof form.caption === 'string' && form.caption !== '' ? form.caption : null,
    });
    if (!fields.success) return c.json(invalidBody(fields.issues), 400);
    const { file, poster } = form;
    if (!(file instanceof File)) throw new AppError('invalid', 'file: is required');
    if (!(poster instanceof File)) throw new AppError('invalid', 'poster: is required');
    const { ownerKind, ownerId, caption } = fields.output;
    const resolve = mediaOwnerResolver(ownerKind);
    if (!resolve) throw new AppError('invalid', 'ownerKind: is not a kind clips can be attached to');
    if (!(await resolve(c.var.db, ownerId, c.var.staff.centerId))) throw new AppError('not_found', 'No such owner.');
    const clip = prepareVideo(new Uint8Array(await file.arrayBuffer()));
    const frame = await prepareImage(new Uint8Array(await poster.arrayBuffer()), poster.type || 'image/jpeg');
    const row = await c.var.db.transaction(async (tx) => {
      const owner = await resolve(tx, ownerId, c.var.staff.centerId);
      if (!owner) throw new AppError('not_found', 'No such owner.');
      const saved = await saveVideo(
        tx,
        { customerId: owner.customerId, vehicleId: owner.vehicleId, ownerKind, ownerId, role: 'event', caption },
        clip,
        frame,
      );
      await owner.republish(tx);
      return saved;
    });
    return c.json(mediaView(row), 201);
  },
);
