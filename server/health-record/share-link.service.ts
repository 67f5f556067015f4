/**
 * Share links: a buyer (or anyone the owner chooses) reads one vehicle's history without signing in.
 * The owner's device makes the 256-bit token and sends it once in the `shareLink.create` mutation;
 * the server keeps only HMAC-SHA256(secret, token), so the token is in no table or log. A lookup
 * tells apart a revoked link (410 "no longer shared") from a guessed or altered one (404).
 */
import { createHmac } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import {
  type CreateShareLinkArgs,
  ShareTokenSchema,
  type ShareLinkView,
} from '@shared/health-record/share-link.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import * as v from 'valibot';
import type { DbOrTx } from '../db/client.ts';
import { publish } from '../sync/publish.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { shareLinks } from './share-link.table.ts';

type ShareLinkRow = typeof shareLinks.$inferSelect;

export const hashShareToken = (secret: string, token: string) =>
  createHmac('sha256', secret).update(`share-link:${token}`).digest('base64url');

export const shareLinkView = (r: ShareLinkRow): ShareLinkView => ({
  id: r.id,
  vehicleId: r.vehicleId,
  label: r.label,
  createdAt: r.createdAt.toISOString(),
  revokedAt: r.revokedAt?.toISOString() ?? null,
});

export type ShareLookup = { status: 'ok'; link: ShareLinkRow } | { status: 'revoked' } | { status: 'missing' };

export async function findShareLink(db: DbOrTx, secret: string, token: string): Promise<ShareLookup> {
  if (!v.is(ShareTokenSchema, token)) return { status: 'missing' };
  const [row] = await db
    .select()
    .from(shareLinks)
    .where(eq(shareLinks.tokenHash, hashShareToken(secret, token)));
  if (!row) return { status: 'missing' };
  return row.revokedAt ? { status: 'revoked' } : { status: 'ok', link: row };
}

export async function createShareLink(
  tx: DbOrTx,
  secret: string,
  customerId: string,
  args: CreateShareLinkArgs,
  now: Date,
): Promise<Result<ShareLinkView>> {
  const [car] = await tx
    .select({ id: vehicles.id })
    .from(vehicles)
    .where(and(eq(vehicles.id, args.vehicleId), eq(vehicles.customerId, customerId)));
  if (!car) return err('not_found', 'No such vehicle.');
  const [existing] = await tx.select().from(shareLinks).where(eq(shareLinks.id, args.id));
  if (existing)
    return existing.customerId === customerId ? ok(shareLinkView(existing)) : err('conflict', 'This link id is taken.');
  const [row] = await tx
    .insert(shareLinks)
    .values({
      id: args.id,
      customerId,
      vehicleId: args.vehicleId,
      tokenHash: hashShareToken(secret, args.token),
      label: args.label ?? null,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return err('conflict', 'This token is already in use; make a new link.');
  const view = shareLinkView(row);
  await publish(tx, { customerId, entity: ENTITIES.shareLink, id: row.id, scope: row.vehicleId, data: view });
  return ok(view);
}

export async function revokeShareLink(
  tx: DbOrTx,
  customerId: string,
  id: string,
  now: Date,
): Promise<Result<ShareLinkView>> {
  const [row] = await tx
    .select()
    .from(shareLinks)
    .where(and(eq(shareLinks.id, id), eq(shareLinks.customerId, customerId)));
  if (!row) return err('not_found', 'No such share link.');
  if (row.revokedAt) return ok(shareLinkView(row));
  const [updated] = await tx.update(shareLinks).set({ revokedAt: now }).where(eq(shareLinks.id, id)).returning();
  const view = shareLinkView(updated!);
  await publish(tx, { customerId, entity: ENTITIES.shareLink, id, scope: row.vehicleId, data: view });
  return ok(view);
}

export async function listShareLinks(db: DbOrTx, customerId: string, vehicleId: string) {
  const rows = await db
    .select()
    .from(shareLinks)
    .where(and(eq(shareLinks.customerId, customerId), eq(shareLinks.vehicleId, vehicleId)))
    .orderBy(asc(shareLinks.createdAt));
  return rows.map(shareLinkView);
}
