/**
 * Web Push subscriptions of the signed-in customer, and the service worker's "shown" receipt that
 * keeps a subscription counted as working (see PUSH_UNSHOWN_LIMIT).
 */
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { PushEndpointBodySchema, PushKeySchema, PushSubscribeSchema } from '@shared/notifications/push.schema.ts';
import { requireCustomer } from '../auth/auth.middleware.ts';
import { doc, OkSchema } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import type { AppDeps, AppEnv } from '../http/context.ts';
import { body } from '../http/validate.ts';
import { pushSubscriptions } from './delivery.table.ts';

/**
 * The server POSTs to the endpoint, so it must be a push service on the internet: https and no
 * local or private address (tests opt in to a local push service).
 */
function endpointAllowed(deps: AppDeps, endpoint: string) {
  const url = new URL(endpoint);
  if (deps.pushLocalEndpoints) return url.protocol === 'https:' || url.protocol === 'http:';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const local =
    /^(localhost|127\.|10\.|192\.168\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.|0\.|::1$|f[cd][0-9a-f]{2}:|fe80:)/i;
  return url.protocol === 'https:' && !local.test(host) && host.includes('.');
}

export const pushRoutes = new Hono<AppEnv>()
  .get(
    '/key',
    doc({
      summary: 'The VAPID public key to subscribe with',
      tags: ['notifications'],
      response: PushKeySchema,
      access: 'public',
    }),
    (c) => {
      const push = c.var.deps.push;
      if (!push) throw new AppError('not_found', 'Web Push is not available on this server.');
      return c.json({ publicKey: push.publicKey });
    },
  )
  .post(
    '/subscriptions',
    requireCustomer,
    doc({
      summary: 'Receive Web Push on this device',
      tags: ['notifications'],
      response: OkSchema,
      access: 'customer',
    }),
    body(PushSubscribeSchema),
    async (c) => {
      const input = c.req.valid('json');
      if (!endpointAllowed(c.var.deps, input.endpoint))
        throw new AppError('invalid', 'endpoint: must be a push service URL');
      const values = {
        customerId: c.var.customerId,
        endpoint: input.endpoint,
        p256dh: input.keys.p256dh,
        auth: input.keys.auth,
        userAgent: c.req.header('user-agent')?.slice(0, 300) ?? null,
        unshown: 0,
      };
      // One device, one subscription: signing in as someone else on it moves it to them.
      await c.var.db
        .insert(pushSubscriptions)
        .values(values)
        .onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: values });
      return c.json({ ok: true as const });
    },
  )
  .post(
    '/subscriptions/remove',
    requireCustomer,
    doc({ summary: 'Stop Web Push on this device', tags: ['notifications'], response: OkSchema, access: 'customer' }),
    body(PushEndpointBodySchema),
    async (c) => {
      const { endpoint } = c.req.valid('json');
      await c.var.db
        .delete(pushSubscriptions)
        .where(and(eq(pushSubscriptions.customerId, c.var.customerId), eq(pushSubscriptions.endpoint, endpoint)));
      return c.json({ ok: true as const });
    },
  )
  .post(
    '/shown',
    requireCustomer,
    doc({
      summary: 'The device showed a push (keeps the channel counted as working)',
      tags: ['notifications'],
      response: OkSchema,
      access: 'customer',
    }),
    body(PushEndpointBodySchema),
    async (c) => {
      const { endpoint } = c.req.valid('json');
      await c.var.db
        .update(pushSubscriptions)
        .set({ unshown: 0, lastShownAt: c.var.deps.clock.now() })
        .where(and(eq(pushSubscriptions.customerId, c.var.customerId), eq(pushSubscriptions.endpoint, endpoint)));
      return c.json({ ok: true as const });
    },
  );
