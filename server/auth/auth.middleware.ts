import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { StaffRole } from '@shared/auth/auth.schema.ts';
import { rolesFor, type StaffAction } from '@shared/staff/permissions.ts';
import { AppError } from '../http/errors.ts';
import type { AppEnv } from '../http/context.ts';
import type { SessionInfo } from '../http/context.ts';

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

/**
 * The caller's session, looked up once per request and only by the routes that need it (public routes
 * never pay for it, cookie or not); the lookup goes through the process's short-lived session cache.
 */
export async function currentSession(c: Context<AppEnv>): Promise<SessionInfo | null> {
  if (c.var.session !== undefined) return c.var.session;
  const token = sessionToken(c);
  const s = token ? await c.var.deps.sessions.lookup(c.var.db, token, c.var.deps.clock.now()) : null;
  c.set('session', s);
  return s;
}

export const requireCustomer: MiddlewareHandler<AppEnv> = async (c, next) => {
  const s = await currentSession(c);
  if (!s) throw new AppError('unauthenticated');
  if (s.kind !== 'customer') throw new AppError('forbidden', 'This is a customer endpoint.');
  c.set('customerId', s.customerId);
  await next();
};

/** Staff routes name the roles allowed; anyone else signed in gets 403, nobody signed in gets 401. */
export const requireStaff =
  (...roles: StaffRole[]): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const s = await currentSession(c);
    if (!s) throw new AppError('unauthenticated');
    if (s.kind !== 'staff') throw new AppError('forbidden', 'This is a staff endpoint.');
    if (roles.length > 0 && !roles.includes(s.role)) throw new AppError('forbidden');
    c.set('staff', s);
    await next();
  };

/** A staff route's guard by its action in the shared permission table (shared/staff/permissions.ts). */
export const requireAction = (action: StaffAction) => requireStaff(...rolesFor(action));
