/** GET /api/bookings/:id/queue: the live queue for the caller's booking coming up today (queue.schema.ts). */
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { BookingQueueSchema, queueShownFor } from '@shared/booking/queue.schema.ts';
import { IdParamSchema } from '@shared/ids.ts';
import { requireCustomer } from '../auth/auth.middleware.ts';
import { vehicleAccess } from '../family/vehicle-access.ts';
import type { AppEnv } from '../http/context.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import { param } from '../http/validate.ts';
import { bookings } from './booking.table.ts';
import { queueFor } from './queue.service.ts';

export const bookingQueueRoutes = new Hono<AppEnv>().get(
  '/:id/queue',
  requireCustomer,
  doc({
    summary: 'The center’s live queue for my booking today: cars waiting and the expected wait (null outside the day)',
    tags: ['booking'],
    response: BookingQueueSchema,
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
    const now = c.var.deps.clock.now();
    if (row.status !== 'confirmed' || !queueShownFor(row.startsAt.toISOString(), now)) return c.json({ queue: null });
    const q = await queueFor(db, row.centerId, row.startsAt, now);
    // Live figures: never cached, by the browser or the service worker.
    c.header('cache-control', 'no-store');
    return c.json({ queue: { ...q, asOf: now.toISOString() } });
  },
);
