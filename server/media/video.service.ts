/**
 * Short clips from the workshop (seed 002: the technician sends photos *or a short video*): at most
 * VIDEO_MAX_BYTES and VIDEO_MAX_SECONDS, MP4 (phone camera) or WebM (the browser's recorder), stored
 * without where they were filmed (mp4-boxes.ts neutralises the location boxes; WebM from a recorder
 * carries no location tags). The poster frame goes through the photo path (sharp re-encodes it, no EXIF).
 * The clip is the media row's display blob, the poster its thumbnail blob: GET /api/media/:id/display
 * streams the clip with range requests, /thumb is the poster.
 */
import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { type BlobStore, pgBlobStore } from './blob-store.ts';
import type { MediaMeta, PreparedImage } from './media.service.ts';
import { media } from './media.table.ts';
import { BoxError, isMp4, mp4DurationSeconds, readBoxes, stripLocation } from './mp4-boxes.ts';

export const VIDEO_MAX_BYTES = 30 * 1024 * 1024;
export const VIDEO_MAX_SECONDS = 60;

export type PreparedVideo = { bytes: Uint8Array; contentType: 'video/mp4' | 'video/webm'; seconds: number | null };

const isWebm = (b: Uint8Array) => b.byteLength >= 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3;

export function prepareVideo(bytes: Uint8Array): PreparedVideo {
  if (bytes.byteLength === 0) throw new AppError('invalid', 'The clip is empty.');
  if (bytes.byteLength > VIDEO_MAX_BYTES) throw new AppError('invalid', 'The clip is larger than 30 MB.');
  if (isWebm(bytes)) return { bytes, contentType: 'video/webm', seconds: null };
  if (!isMp4(bytes)) throw new AppError('unsupported_media_type', 'Clips must be MP4 or WebM videos.');
  try {
    const seconds = mp4DurationSeconds(bytes, readBoxes(bytes));
    if (seconds !== null && seconds > VIDEO_MAX_SECONDS)
      throw new AppError('invalid', `The clip is longer than ${VIDEO_MAX_SECONDS} seconds.`);
    return { bytes: stripLocation(bytes).bytes, contentType: 'video/mp4', seconds };
  } catch (e) {
    if (e instanceof BoxError) throw new AppError('invalid', 'The file is not a readable MP4 video.');
    throw e;
  }
}

/** Saves the clip and its poster as one media row (the caller republishes the owner's view). */
export async function saveVideo(
  tx: DbOrTx,
  meta: MediaMeta,
  clip: PreparedVideo,
  poster: PreparedImage,
  store: BlobStore = pgBlobStore(tx),
) {
  const id = randomUUID();
  const displayKey = `media/${id}/clip.${clip.contentType === 'video/mp4' ? 'mp4' : 'webm'}`;
  const thumbKey = `media/${id}/poster.webp`;
  await store.put(displayKey, clip.bytes, clip.contentType);
  await store.put(thumbKey, poster.display, 'image/webp');
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
      contentType: clip.contentType,
      width: poster.width,
      height: poster.height,
      displayKey,
      thumbKey,
      displayBytes: clip.bytes.byteLength,
      thumbBytes: poster.display.byteLength,
    })
    .returning();
  return row!;
}
