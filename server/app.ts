/**
 * createApp(): the whole HTTP surface. Middleware, the feature routers under /api, the OpenAPI
 * document, and the one error hook that turns codes into statuses. The static PWA is mounted last.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { openAPIRouteHandler } from 'hono-openapi';
import * as v from 'valibot';
import { authRoutes } from './auth/auth.routes.ts';
import { centerRoutes } from './center/center.routes.ts';
import { healthRecordRoutes, shareRoutes } from './health-record/health-record.routes.ts';
import { staffHealthRecordRoutes } from './health-record/staff-health-record.routes.ts';
import { healthRecordMediaOwners } from './health-record/health-record.service.ts';
import { sharePageRoutes } from './health-record/share-page.ts';
import { registerMediaOwners } from './media/media-owners.ts';
import { mediaRoutes, STAFF_MEDIA_UPLOAD_PATH, staffMediaRoutes } from './media/media.routes.ts';
import type { AppDeps, AppEnv } from './http/context.ts';
import { doc, OkSchema } from './http/doc.ts';
import { errorBody } from './http/errors.ts';
import { jsonOnly, securityHeaders } from './http/security.ts';
import { bodyLimits } from './http/limits.ts';
import { answerError } from './http/on-error.ts';
import { mountStatic } from './http/static.ts';
import { bookingFileRoutes, bookingRoutes } from './booking/booking.routes.ts';
import { bookingQueueRoutes } from './booking/booking-queue.routes.ts';
import { staffBookingRoutes } from './booking/staff-booking.routes.ts';
import { staffRoutes } from './staff/staff.routes.ts';
import { pushRoutes } from './notifications/push.routes.ts';
import { syncRoutes } from './sync/sync.routes.ts';
import { staffVehicleRoutes, vehicleRoutes } from './vehicles/vehicle.routes.ts';
import { quoteLinkRoutes } from './quotes/quote-link.routes.ts';
import { staffQuoteRoutes } from './quotes/quote.routes.ts';
import { proposeDeferred } from './quotes/deferral.booking.ts';
import { setDeferralProposer } from './quotes/deferral-hook.ts';
import { timelineMediaOwners } from './timeline/timeline.media.ts';
import { staffTimelineRoutes } from './timeline/timeline.routes.ts';
import { inviteRoutes, staffReferralRoutes } from './referral/referral.routes.ts';
import { sql } from 'drizzle-orm';
import { rememberDeferral } from './remarks/remark.service.ts';
import { staffRemarkRoutes } from './remarks/remark.routes.ts';
import { STAFF_VIDEO_UPLOAD_PATH, staffVideoRoutes } from './media/video.routes.ts';
import { membershipRoutes, staffMembershipRoutes } from './membership/membership.routes.ts';
import { surveyLinkRoutes } from './surveys/survey-link.routes.ts';
import { surveyRoutes } from './surveys/survey.routes.ts';
import { staffSurveyRoutes } from './surveys/survey-staff.routes.ts';
import { staffBillingRoutes } from './billing/billing.routes.ts';
import { familyFanOut } from './family/family-mirror.ts';
import { familyRoutes } from './family/family.routes.ts';
import { setFanOut } from './sync/publish.ts';

registerMediaOwners({ ...healthRecordMediaOwners });
// A deferred line is also remembered on the vehicle (remarks carried forward), then proposed as a booking.
setDeferralProposer(async (tx, quote, line, dueAt, now) => {
  await rememberDeferral(tx, quote, line, now);
  return proposeDeferred(tx, quote, line, dueAt, now);
});
registerMediaOwners({ ...timelineMediaOwners });
// A shared vehicle's changes reach its family members' devices too (server/family/).
setFanOut(familyFanOut);

/** Paths that accept multipart uploads (photo routes add themselves here). */
export const UPLOAD_PATHS: RegExp[] = [STAFF_MEDIA_UPLOAD_PATH, STAFF_VIDEO_UPLOAD_PATH];

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
      .route('/staff/media/video', staffVideoRoutes)
      .route('/staff/media', staffMediaRoutes)
      .route('/staff/timeline', staffTimelineRoutes)
      .route('/staff/remarks', staffRemarkRoutes)
      .route('/booking', bookingRoutes)
      .route('/bookings', bookingFileRoutes)
      .route('/bookings', bookingQueueRoutes)
      .route('/staff/booking', staffBookingRoutes)
      .route('/staff/vehicles', staffVehicleRoutes)
      .route('/invite', inviteRoutes)
      .route('/staff/referrals', staffReferralRoutes)
      .route('/staff', staffRoutes)
      .route('/push', pushRoutes)
      .route('/membership', membershipRoutes)
      .route('/staff/membership', staffMembershipRoutes)
      .route('/surveys', surveyRoutes)
      .route('/survey-link', surveyLinkRoutes)
      .route('/staff/surveys', staffSurveyRoutes)
      .route('/staff/billing', staffBillingRoutes)
      .route('/family', familyRoutes)
  );
}

export function createApp(deps: AppDeps, options: { distDir?: string; drain?: MiddlewareHandler<AppEnv> } = {}) {
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders);
  app.use('/api/*', async (c, next) => {
    c.set('deps', deps);
    c.set('db', deps.database.db);
    await next();
  });
  // Shutdown: refuses new API requests and counts those in flight (server/http/drain.ts).
  if (options.drain) app.use('/api/*', options.drain);
  app.use('/api/*', bodyLimits(UPLOAD_PATHS));
  app.use('/api/*', jsonOnly(UPLOAD_PATHS));
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
  app.onError((e, c) => answerError(e, c, deps.log));
  app.route('/share', sharePageRoutes(deps));
  if (options.distDir) mountStatic(app, options.distDir);
  return app;
}

export type ApiType = ReturnType<typeof buildApi>;
