/**
 * Photos attached to what a customer sees (a visit's before/after, a finding, a timeline event, a
 * quote line). Every upload goes through here:
 *  - the type is sniffed from the bytes (JPEG, PNG, WebP; the declared type must agree); HEIC is refused
 *    with a clear message (the browser converts it before upload or the console refuses it);
 *  - at most MAX_UPLOAD_BYTES and MAX_PIXELS;
 *  - sharp auto-rotates by EXIF orientation, then makes a display size (≤1280 px) and a thumbnail
 *    (≤320 px), both re-encoded to WebP WITHOUT metadata (EXIF, GPS, XMP are dropped); the original is
 *    never stored.
 *
 * Usage (any feature):
 *   const prepared = await prepareImage(bytes, contentType);        // CPU work: outside the transaction
 *   await db.transaction(async (tx) => {
 *     const row = await saveImage(tx, { customerId, vehicleId, ownerKind: 'timeline_event', ownerId,
 *                                       role: 'event', caption: null }, prepared);
 *     ... then republish the owner's view row with mediaView(row) in it
 *   });
 *   // or in one call: await storeImage(tx, meta, bytes, contentType)
 * Bad input throws AppError ('unsupported_media_type' 415 or 'invalid' 400): let it reach onError.
 * Media are served by GET /api/media/:id/(thumb|display) (media.routes.ts) with the ownership check.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import sharp from 'sharp';
import type { MediaView } from '@shared/health-record/visit-view.schema.ts';
import type { DbOrTx } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { type BlobStore, pgBlobStore } from './blob-store.ts';
import { media } from './media.table.ts';

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
export const MAX_PIXELS = 50_000_000;
export const DISPLAY_MAX_PX = 1280;
export const THUMB_MAX_PX = 320;

export type MediaRow = typeof media.$inferSelect;
export type MediaMeta = {
  customerId: string;
  vehicleId: string;
  /** 'visit' | 'finding' | 'timeline_event' | 'quote_line' … */
  ownerKind: string;
  ownerId: string;
  /** 'before' | 'after' | 'evidence' | 'event' */
  role: string;
  caption?: string | null;
};
export type PreparedImage = { display: Buffer; thumb: Buffer; width: number; height: number };

type Sniffed = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic' | null;

/** The real type from the first bytes (a renamed file or a lying Content-Type does not pass). */
export function sniffImageType(bytes: Uint8Array): Sniffed {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (b.length >= 12 && ascii(4, 8) === 'ftyp' && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(ascii(8, 12)))
    return 'image/heic';
  return null;
}

const ALLOWED = new Set(['image/jpeg', 'image/png', 'image/webp']);
const HEIC_MESSAGE =
  'HEIC photos (iPhone) are not accepted: the app converts them to JPEG before upload; otherwise set the camera to "Most Compatible".';

export async function prepareImage(bytes: Uint8Array, contentType: string): Promise<PreparedImage> {
  const declared = contentType.split(';')[0]!.trim().toLowerCase();
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new AppError('invalid', 'The photo is larger than 15 MB.');
  if (bytes.byteLength === 0) throw new AppError('invalid', 'The photo is empty.');
  const sniffed = sniffImageType(bytes);
  if (sniffed === 'image/heic' || declared === 'image/heic' || declared === 'image/heif') {
    throw new AppError('unsupported_media_type', HEIC_MESSAGE);
  }
  const declaredOk = ALLOWED.has(declared === 'image/jpg' ? 'image/jpeg' : declared);
  if (!sniffed || !declaredOk) throw new AppError('unsupported_media_type', 'Photos must be JPEG, PNG or WebP images.');
  try {
    const base = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
    const inside = (px: number) => ({ width: px, height: px, fit: 'inside' as const, withoutEnlargement: true });
    // sharp writes no metadata unless asked (keepExif/withMetadata): the outputs carry no EXIF or GPS.
    const display = await base
      .clone()
      .resize(inside(DISPLAY_MAX_PX))
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    const thumb = await base.clone().resize(inside(THUMB_MAX_PX)).webp({ quality: 70 }).toBuffer();
    return { display: display.data, thumb, width: display.info.width, height: display.info.height };
  } catch {
    throw new AppError('invalid', 'The file is not a readable image.');
  }
}

export async function saveImage(
  tx: DbOrTx,
  meta: MediaMeta,
  prepared: PreparedImage,
  store: BlobStore = pgBlobStore(tx),
) {
  const id = randomUUID();
  const displayKey = `media/${id}/display.webp`;
  const thumbKey = `media/${id}/thumb.webp`;
  await store.put(displayKey, prepared.display, 'image/webp');
  await store.put(thumbKey, prepared.thumb, 'image/webp');
  const [row] = await tx
    .insert(media)
    .values({
      id,
      customerId: meta.customerId,
      vehicleId: meta.vehicleId,
      ownerKind: meta.ownerKind,
      ownerId: meta.ownerId,
      role: meta.role,
      caption: meta.caption ?? null,
      contentType: 'image/webp',
      width: prepared.width,
      height: prepared.height,
      displayKey,
      thumbKey,
      displayBytes: prepared.display.byteLength,
      thumbBytes: prepared.thumb.byteLength,
    })
    .returning();
  return row!;
}

export async function storeImage(tx: DbOrTx, meta: MediaMeta, bytes: Uint8Array, contentType: string) {
  return saveImage(tx, meta, await prepareImage(bytes, contentType));
}

/**
 * The view a screen needs. `share` adds a share-link token so a buyer's page can load the photo
 * without signing in (the media route checks the token belongs to this photo's vehicle).
 */
export function mediaView(row: MediaRow, opts: { share?: string } = {}): MediaView {
  const q = opts.share ? `?share=${encodeURIComponent(opts.share)}` : '';
  return {
    id: row.id,
    thumbUrl: `/api/media/${row.id}/thumb${q}`,
    url: `/api/media/${row.id}/display${q}`,
    width: row.width,
    height: row.height,
    role: row.role,
    caption: row.caption,
    video: row.contentType.startsWith('video/'),
  };
}

/** The media of several owners of one kind, oldest first, grouped by owner id. */
export async function mediaOfOwners(db: DbOrTx, ownerKind: string, ownerIds: readonly string[]) {
  const byOwner = new Map<string, MediaRow[]>();
  if (ownerIds.length === 0) return byOwner;
  const rows = await db
    .select()
    .from(media)
    .where(and(eq(media.ownerKind, ownerKind), inArray(media.ownerId, [...ownerIds])))
    .orderBy(asc(media.createdAt), asc(media.id));
  for (const r of rows) byOwner.set(r.ownerId, [...(byOwner.get(r.ownerId) ?? []), r]);
  return byOwner;
}

export async function findMedia(db: DbOrTx, id: string): Promise<MediaRow | null> {
  const [row] = await db.select().from(media).where(eq(media.id, id));
  return row ?? null;
}
