import { type Context, Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import * as v from 'valibot';
import {
  CodeSentSchema,
  DemoInfoSchema,
  MeSchema,
  OTP_TTL_MS,
  RequestCodeSchema,
  StaffSignInSchema,
  VerifyCodeSchema,
} from '@shared/auth/auth.schema.ts';
import { DEMO_CUSTOMER_PHONE } from '../demo/demo.constants.ts';
import {
  createCustomer,
  findSignInCustomer,
  getCustomer,
  homeCenterId,
  profileOf,
} from '../customers/customer.service.ts';
import { doc, OkSchema } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import type { AppEnv } from '../http/context.ts';
import { body } from '../http/validate.ts';
import { checkStaffPassword } from '../staff/staff.service.ts';
import { clearSessionCookie, currentSession, sessionToken, setSessionCookie } from './auth.middleware.ts';
import { requestCode, verifyCode } from './otp.service.ts';
import { createSession, revokeSession } from './session.service.ts';
import { checkStaffThrottle, clearStaffFailures, recordStaffFailure } from './staff-throttle.service.ts';

/**
 * The caller's address. X-Forwarded-For is anyone's to write, so it counts only behind a proxy we
 * were told about (PITLANE_TRUST_PROXY=1); then the last hop is the one our proxy added.
 */
export const clientIp = (c: Context<AppEnv>) => {
  if (c.var.deps.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
};

const customerMe = (c: Parameters<typeof profileOf>[0]) => ({ kind: 'customer' as const, ...profileOf(c) });

/** A new session in the cookie; the one it replaces (if any) is revoked and dropped from the cache here. */
async function signIn(c: Context<AppEnv>, subject: { kind: 'customer' | 'staff'; id: string }) {
  const replaced = sessionToken(c);
  const token = await createSession(c.var.db, subject, c.var.deps.clock.now(), c.req.header('user-agent'), replaced);
  if (replaced) c.var.deps.sessions.forgetToken(replaced);
  setSessionCookie(c, token);
}

export const authRoutes = new Hono<AppEnv>()
  .get(
    '/demo',
    doc({
      summary: 'Whether the one-tap demo sign-in is offered',
      tags: ['auth'],
      response: DemoInfoSchema,
      access: 'public',
    }),
    (c) => c.json({ demo: c.var.deps.demo }),
  )
  .post(
    '/code',
    doc({
      summary: 'Text a one-time sign-in code to a phone',
      tags: ['auth'],
      response: CodeSentSchema,
      access: 'public',
    }),
    body(RequestCodeSchema),
    async (c) => {
      const { phone } = c.req.valid('json');
      const ip = clientIp(c);
      const r = await requestCode(
        { db: c.var.db, secret: c.var.deps.secret, sms: c.var.deps.sms, now: c.var.deps.clock.now() },
        phone,
        ip,
      );
      if (!r.ok) throw AppError.from(r);
      return c.json({ sent: true, expiresInSeconds: OTP_TTL_MS / 1000 });
    },
  )
  .post(
    '/verify',
    doc({
      summary: 'Sign in with the code (creates the account on first sign-in)',
      tags: ['auth'],
      response: MeSchema,
      access: 'public',
    }),
    body(VerifyCodeSchema),
    async (c) => {
      const { phone, code } = c.req.valid('json');
      const now = c.var.deps.clock.now();
      const r = await verifyCode({ db: c.var.db, secret: c.var.deps.secret, now }, phone, code);
      if (!r.ok) throw AppError.from(r);
      let customer = await findSignInCustomer(c.var.db, phone);
      if (!customer) {
        const centerId = await homeCenterId(c.var.db);
        if (!centerId) throw new AppError('unavailable', 'No service center is set up yet.');
        customer = await c.var.db.transaction((tx) => createCustomer(tx, { centerId, phone, name: '车主' }));
      }
      await signIn(c, { kind: 'customer', id: customer.id });
      return c.json(customerMe(customer));
    },
  )
  .post(
    '/demo',
    doc({
      summary: 'One-tap demo sign-in as 张先生 (demo mode only)',
      tags: ['auth'],
      response: MeSchema,
      access: 'public',
    }),
    body(v.object({})),
    async (c) => {
      if (!c.var.deps.demo) throw new AppError('not_found');
      const customer = await findSignInCustomer(c.var.db, DEMO_CUSTOMER_PHONE);
      if (!customer) throw new AppError('unavailable', 'The demo data is not there yet.');
      await signIn(c, { kind: 'customer', id: customer.id });
      return c.json(customerMe(customer));
    },
  )
  .post(
    '/staff',
    doc({ summary: 'Staff sign-in with username and password', tags: ['auth'], response: MeSchema, access: 'public' }),
    body(StaffSignInSchema),
    async (c) => {
      const { username, password } = c.req.valid('json');
      const ip = clientIp(c);
      const at = c.var.deps.clock.now();
      const throttled = await checkStaffThrottle(c.var.db, username, ip, at);
      if (!throttled.ok) throw AppError.from(throttled);
      const s = await checkStaffPassword(c.var.db, username, password);
      if (!s) {
        await recordStaffFailure(c.var.db, username, ip, at);
        throw new AppError('unauthenticated', 'The username or password is not right.');
      }
      await clearStaffFailures(c.var.db, username);
      await signIn(c, { kind: 'staff', id: s.id });
      return c.json({ kind: 'staff' as const, id: s.id, name: s.name, role: s.role });
    },
  )
  .post(
    '/signout',
    doc({ summary: 'Sign out (revokes the session)', tags: ['auth'], response: OkSchema, access: 'public' }),
    body(v.object({})),
    async (c) => {
      const s = await currentSession(c);
      if (s) {
        await revokeSession(c.var.db, s.sessionId, c.var.deps.clock.now());
        c.var.deps.sessions.dropSession(s.sessionId); // here at once; other processes on the signal
      }
      clearSessionCookie(c);
      return c.json({ ok: true as const });
    },
  )
  .get(
    '/me',
    doc({ summary: 'Who is signed in', tags: ['auth'], response: MeSchema, access: 'customer' }),
    async (c) => {
      const s = await currentSession(c);
      if (!s) throw new AppError('unauthenticated');
      if (s.kind === 'staff') return c.json({ kind: 'staff' as const, id: s.staffId, name: s.name, role: s.role });
      const customer = await getCustomer(c.var.db, s.customerId);
      if (!customer) throw new AppError('unauthenticated');
      return c.json(customerMe(customer));
    },
  );
