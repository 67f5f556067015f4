import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import * as v from 'valibot';
import { SlotsQuerySchema, SlotsResponseSchema } from '@shared/booking/slot.schema.ts';
import { IdParamSchema } from '@shared/ids.ts';
import { requireCustomer } from '../auth/auth.middleware.ts';
import { customers } from '../customers/customer.table.ts';
import { doc } from '../http/doc.ts';
import { vehicleAccess } from '../family/vehicle-access.ts';
import { AppError } from '../http/errors.ts';
import type { AppEnv } from '../http/context.ts';
import { param, query } from '../http/validate.ts';
import { bookingView } from './booking.view.ts';
import { bookings } from './booking.table.ts';
import { getCenter, getServiceType } from './capacity.service.ts';
import { buildIcs } from './ics.ts';
import { RECOMMEND_DAYS, slotsWithRecommendations } from './recommend.service.ts';

/** GET /api/booking/slots: free slots from real capacity, recommended ones first (with reasons). */
export const bookingRoutes = new Hono<AppEnv>().get(
  '/slots',
  requireCustomer,
  doc({
    summary:
      'Free slots for a service (center time zone), with recommendations from the customer’s habits and the center’s load',
    tags: ['booking'],
    response: SlotsResponseSchema,
    access: 'customer',
  }),
  query(SlotsQuerySchema),
  async (c) => {
    const q = c.req.valid('query');
    const centerId = c.var.session!.centerId;
    const center = await getCenter(c.var.db, centerId);
    const type = center ? await getServiceType(c.var.db, centerId, q.serviceTypeId) : null;
    if (!center || !type) throw new AppError('not_found', 'No such service.');
    const now = c.var.deps.clock.now();
    return c.json(
      await slotsWithRecommendations(c.var.db, center, type, c.var.customerId, now, q.from, q.days ?? RECOMMEND_DAYS),
    );
  },
);

/** GET /api/bookings/:id/ics: the customer's own booking as a calendar file. */
export const bookingFileRoutes = new Hono<AppEnv>().get(
  '/:id/ics',
  requireCustomer,
  doc({
    summary: 'The booking as an iCalendar file (text/calendar, center time zone)',
    tags: ['booking'],
    response: v.string(),
    access: 'customer',
  }),
  param(IdParamSchema),
  async (c) => {
    const db = c.var.db;
    const [row] = await db
      .select()
      .from(bookings)
      .where(eq(bookings.id, c.req.valid('param').id));
    // The owner's booking, or one of a vehicle shared with the caller (vehicle-access.ts).
    if (!row || !(await vehicleAccess(db, c.var.customerId, row.vehicleId))) throw new AppError('not_found');
    const b = await bookingView(db, row);
    const [me] = await db
      .select({ locale: customers.locale })
      .from(customers)
      .where(eq(customers.id, c.var.customerId));
    const zh = me?.locale !== 'en';
    const center = b.center;
    const ics = buildIcs({
      uid: `${b.id}@pitlane`,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      timeZone: center.timeZone,
      summary: zh ? `${b.serviceName.zh} · ${center.name}` : `${b.serviceName.en} · ${center.nameEn}`,
      location: zh ? `${center.name}，${center.address}` : `${center.nameEn}, ${center.addressEn}`,
      description: [
        zh ? `车辆：${b.vehicle.plate} ${b.vehicle.model}` : `Vehicle: ${b.vehicle.plate} ${b.vehicle.model}`,
        ...(b.advisorName ? [zh ? `服务顾问：${b.advisorName}` : `Service advisor: ${b.advisorName}`] : []),
        zh ? `电话：${center.phone}` : `Phone: ${center.phone}`,
        ...(b.issues ? [zh ? `您提到的问题：${b.issues}` : `Issues you mentioned: ${b.issues}`] : []),
        zh
          ? '请携带行驶证和车钥匙，建议提前10分钟到店。'
          : 'Please bring your driving licence and car key, and arrive 10 minutes early.',
      ].join('\n'),
      stamp: c.var.deps.clock.now(),
      alarmMinutes: 120,
      cancelled: b.status === 'cancelled',
    });
    return c.body(ics, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="booking-${b.startsAt.slice(0, 10)}.ics"`,
      'cache-control': 'private, no-store',
    });
  },
);
