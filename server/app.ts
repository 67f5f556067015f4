/**
 * createApp(): the whole HTTP surface. Middleware, the feature routers under /api, the OpenAPI
 * document, and the one error hook that turns codes into statuses. The static PWA is mounted last.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { openAPIRouteHandler } from 'hono-openapi';
import * as v from 'valibot';
import { authRoutes } from './auth/auth.routes.ts';
import { loadSessionMiddleware } from './auth/auth.middleware.ts';
import { centerRoutes } from './center/center.routes.ts';
import { healthRecordMutators } from './health-record/health-record.mutators.ts';
import { healthRecordRoutes, shareRoutes, staffHealthRecordRoutes } from './health-record/health-record.routes.ts';
import { healthRecordMediaOwners } from './health-record/health-record.service.ts';
import { sharePageRoutes } from './health-record/share-page.ts';
import { registerMediaOwners } from './media/media-owners.ts';
import { mediaRoutes, STAFF_MEDIA_UPLOAD_PATH, staffMediaRoutes } from './media/media.routes.ts';
import type { AppDeps, AppEnv } from './http/context.ts';
import { doc, OkSchema } from './http/doc.ts';
import { AppError, errorBody, STATUS_OF } from './http/errors.ts';
import { jsonOnly, securityHeaders } from './http/security.ts';
import { mountStatic } from './http/static.ts';
import { preferencesMutators } from './settings/preferences.mutators.ts';
import { notificationMutators } from './notifications/notification.mutators.ts';
import { bookingMutators } from './booking/booking.mutators.ts';
import { bookingFileRoutes, bookingRoutes } from './booking/booking.routes.ts';
import { staffBookingRoutes } from './booking/staff-booking.routes.ts';
import { staffRoutes } from './staff/staff.routes.ts';
import { registerMutators } from './sync/mutators.ts';
import { syncRoutes } from './sync/sync.routes.ts';
import { staffVehicleRoutes, vehicleRoutes } from './vehicles/vehicle.routes.ts';
import { quoteMutators } from './quotes/quote.mutators.ts';
import { quoteLinkRoutes } from './quotes/quote-link.routes.ts';
import { staffQuoteRoutes } from './quotes/quote.routes.ts';
import { proposeDeferred } from './quotes/deferral.booking.ts';
import { setDeferralProposer } from './quotes/deferral-hook.ts';
import { deliveryMutators } from './timeline/delivery.mutators.ts';
import { timelineMediaOwners } from './timeline/timeline.media.ts';
import { staffTimelineRoutes } from './timeline/timeline.routes.ts';
import { sql } from 'drizzle-orm';

registerMutators({ ...healthRecordMutators });
registerMediaOwners({ ...healthRecordMediaOwners });
registerMutators({ ...preferencesMutators, ...notificationMutators, ...bookingMutators });
registerMutators({ ...quoteMutators });
setDeferralProposer(proposeDeferred);
registerMutators({ ...deliveryMutators });
registerMediaOwners({ ...timelineMediaOwners });

/** Paths that accept multipart uploads (photo routes add themselves here). */
export const UPLOAD_PATHS: RegExp[] = [STAFF_MEDIA_UPLOAD_PATH];

const HealthSchema = v.object({ ok: v.literal(true), db: v.picklist(['pglite', 'postgres']) });

export function buildApi() {
  return (
    new Hono<AppEnv>()
      .get(
        '/health',
        doc({
          summary: 'Answers when the database is ready',
          tags: ['meta'],
          response: HealthSchema,
          access: 'public',
        }),
        async (c) => {
          await c.var.db.execute(sql`select 1`);
          return c.json({ ok: true as const, db: c.var.deps.database.kind });
        },
      )
      // No database, no session: the bench's baseline for the cost of a bare route on this server.
      .get(
        '/ping',
        doc({ summary: 'Answers at once (no database)', tags: ['meta'], response: OkSchema, access: 'public' }),
        (c) => c.json({ ok: true as const }),
      )
      .route('/auth', authRoutes)
      .route('/center', centerRoutes)
      .route('/vehicles', vehicleRoutes)
      .route('/sync', syncRoutes)
      .route('/quote-link', quoteLinkRoutes)
      .route('/staff/quotes', staffQuoteRoutes)
      .route('/health-record', healthRecordRoutes)
      .route('/share', shareRoutes)
      .route('/media', mediaRoutes)
      .route('/staff/health-record', staffHealthRecordRoutes)
      .route('/staff/media', staffMediaRoutes)
      .route('/staff/timeline', staffTimelineRoutes)
      .route('/booking', bookingRoutes)
      .route('/bookings', bookingFileRoutes)
      .route('/staff/booking', staffBookingRoutes)
      .route('/staff/vehicles', staffVehicleRoutes)
      .route('/staff', staffRoutes)
  );
}

export function createApp(deps: AppDeps, options: { distDir?: string } = {}) {
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders);
  app.use('/api/*', async (c, next) => {
    c.set('deps', deps);
    c.set('db', deps.database.db);
    await next();
  });
  app.use('/api/*', jsonOnly(UPLOAD_PATHS));
  app.use('/api/*', loadSessionMiddleware);
  const api = buildApi();
  app.route('/api', api);
  app.get(
    '/api/openapi.json',
    openAPIRouteHandler(app, {
      documentation: {
        info: {
          title: 'Pitlane API',
          version: '1.0.0',
          description: 'Customer and staff API of the Pitlane service-center app.',
        },
        components: { securitySchemes: { cookie: { type: 'apiKey', in: 'cookie', name: 'pitlane' } } },
      },
    }),
  );
  app.all('/api/*', (c) => c.json(errorBody('not_found', 'No such endpoint.'), 404));
  app.onError((e, c) => {
    if (e instanceof AppError) return c.json(e.body(), STATUS_OF[e.code]);
    if (e instanceof HTTPException && e.status === 400)
      return c.json(errorBody('invalid', 'The body is not valid JSON.'), 400);
    if (e instanceof HTTPException) return c.json(errorBody('invalid', e.message), e.status as 400);
    deps.log(`error on ${c.req.method} ${c.req.path}: ${(e as Error).stack ?? e}`);
    return c.json(errorBody('unavailable'), 503);
  });
  app.route('/share', sharePageRoutes(deps));
  if (options.distDir) mountStatic(app, options.distDir);
  return app;
}

export type ApiType = ReturnType<typeof buildApi>;
