import { Hono } from 'hono';
import { CenterSchema } from '@shared/center/center.schema.ts';
import { requireCustomer } from '../auth/auth.middleware.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import type { AppEnv } from '../http/context.ts';
import { centerView } from './center.service.ts';

export const centerRoutes = new Hono<AppEnv>().get(
  '/',
  requireCustomer,
  doc({ summary: "The customer's service center", tags: ['center'], response: CenterSchema, access: 'customer' }),
  async (c) => {
    const session = c.var.session;
    const center = session ? await centerView(c.var.db, session.centerId) : null;
    if (!center) throw new AppError('not_found');
    return c.json(center);
  },
);
