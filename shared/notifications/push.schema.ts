/** What a browser hands the server to receive Web Push (PushSubscription.toJSON()). */
import * as v from 'valibot';

const Base64Url = v.pipe(
  v.string(),
  v.minLength(16),
  v.maxLength(200),
  v.regex(/^[A-Za-z0-9_-]+=*$/, 'must be base64url'),
);

export const PushEndpointSchema = v.pipe(v.string(), v.maxLength(1000), v.url('must be a URL'));

export const PushSubscribeSchema = v.object({
  endpoint: PushEndpointSchema,
  keys: v.object({ p256dh: Base64Url, auth: Base64Url }),
});
export type PushSubscribe = v.InferOutput<typeof PushSubscribeSchema>;

export const PushEndpointBodySchema = v.object({ endpoint: PushEndpointSchema });

export const PushKeySchema = v.object({ publicKey: v.string() });

/** The payload the service worker receives (already in the customer's language). */
export const PushPayloadSchema = v.object({
  id: v.string(),
  kind: v.string(),
  title: v.string(),
  body: v.string(),
  link: v.string(),
  lang: v.string(),
});
export type PushPayload = v.InferOutput<typeof PushPayloadSchema>;
