/**
 * BlobStore: where media bytes live, by key. The default keeps them in PostgreSQL (`blob` table,
 * bytea), which works the same on PGlite and a PostgreSQL server and commits with the transaction
 * that references the bytes (no orphan files after a rollback). An object store (S3, OSS) can
 * implement the same three calls later without touching callers.
 *
 * Usage:
 *   const store = pgBlobStore(tx);            // inside the caller's transaction
 *   await store.put('media/<id>/thumb.webp', bytes, 'image/webp');
 *   const blob = await store.get(key);        // { bytes, contentType } | null
 *   await store.delete(key);
 */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { blobs } from './media.table.ts';

export type StoredBlob = { bytes: Buffer; contentType: string };

export interface BlobStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredBlob | null>;
  delete(key: string): Promise<void>;
}

export function pgBlobStore(db: DbOrTx): BlobStore {
  return {
    async put(key, bytes, contentType) {
      const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      await db
        .insert(blobs)
        .values({ key, contentType, bytes: buf })
        .onConflictDoUpdate({ target: blobs.key, set: { contentType, bytes: buf } });
    },
    async get(key) {
      const [row] = await db
        .select({ bytes: blobs.bytes, contentType: blobs.contentType })
        .from(blobs)
        .where(eq(blobs.key, key));
      return row ?? null;
    },
    async delete(key) {
      await db.delete(blobs).where(eq(blobs.key, key));
    },
  };
}
