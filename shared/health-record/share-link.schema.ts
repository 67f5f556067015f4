/**
 * Share links: the `shareLink` view row the owner's device mirrors, and the customer mutations
 * (shared/sync/mutations.ts) that create and revoke them. The token itself is never published.
 */
import * as v from 'valibot';
import { text } from '../schema/text.ts';
import { IsoDateTimeSchema, UuidSchema } from '../ids.ts';

export const ShareLinkViewSchema = v.object({
  id: UuidSchema,
  vehicleId: UuidSchema,
  label: v.nullable(v.string()),
  createdAt: IsoDateTimeSchema,
  revokedAt: v.nullable(IsoDateTimeSchema),
});
export type ShareLinkView = v.InferOutput<typeof ShareLinkViewSchema>;

/** The device makes the token (256 random bits, base64url) and keeps it; the server stores only a keyed hash. */
export const ShareTokenSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/, 'must be a 43-character token'));
export const CreateShareLinkArgsSchema = v.object({
  id: UuidSchema,
  vehicleId: UuidSchema,
  token: ShareTokenSchema,
  label: v.optional(v.nullable(v.pipe(text(), v.trim(), v.maxLength(40, 'is too long'))), null),
});
export type CreateShareLinkArgs = v.InferOutput<typeof CreateShareLinkArgsSchema>;
export const RevokeShareLinkArgsSchema = v.object({ id: UuidSchema });
