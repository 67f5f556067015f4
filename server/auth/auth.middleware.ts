import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { StaffRole } from '@shared/auth/auth.schema.ts';
import { AppError } from '../http/errors.ts';
import type { AppEnv } from '../http/context.ts';
import { loadSession } from './session.service.ts';

/** `__Host-` (and Secure) only over HTTPS: browsers refuse the prefix on plain http://localhost. */
export const cookieName = (c: Context) => (isHttps(c) ? '__Host-pitlane' : 'pitlane');
const isHttps = (c: Context) =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';

export function setSessionCookie(c: Context, token: string) {
  setCookie(c, cookieName(c), token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    maxAge: 30 * 24 * 3600,
  });
}
export const clearSessionCookie = (c: Context) => deleteCookie(c, cookieName(c), { path: '/', secure: isHttps(c) });
export const sessionToken = (c: Context) => getCookie(c, cookieName(c));

export const loadSessionMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = sessionToken(c);
  c.set('session', token ? await loadSession(c.var.db, token, c.var.deps.clock.now()) : null);
  await next();
};

export const requireCustomer: MiddlewareHandler<AppEnv> = async (c, next) => {
  const s = c.var.session;
  if (!s) throw new AppError('unauthenticated');
  if (s.kind !== 'customer') throw new AppError('forbidden', 'This is a customer endpoint.');
  c.set('customerId', s.customerId);
  await next();
};

/** Staff routes name the roles allowed; anyone else signed in gets 403, nobody signed in gets 401. */
export const requireStaff =
  (...roles: StaffRole[]): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const s = c.var.session;
    if (!s) throw new AppError('unauthenticated');
    if (s.kind !== 'staff') throw new AppError('forbidden', 'This is a staff endpoint.');
    if (roles.length > 0 && !roles.includes(s.role)) throw new AppError('forbidden');
    c.set('staff', s);
    await next();
  };
