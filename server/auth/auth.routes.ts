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
import { createCustomer, findCustomerByPhone, getCustomer, profileOf } from '../customers/customer.service.ts';
import { doc, OkSchema } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import type { AppEnv } from '../http/context.ts';
import { body } from '../http/validate.ts';
import { checkStaffPassword } from '../staff/staff.service.ts';
import { clearSessionCookie, sessionToken, setSessionCookie } from './auth.middleware.ts';
import { requestCode, verifyCode } from './otp.service.ts';
import { createSession, revokeSession } from './session.service.ts';
import { centers } from '../center/center.table.ts';

/**
 * The caller's address. X-Forwarded-For is anyone's to write, so it counts only behind a proxy we
 * were told about (PITLANE_TRUST_PROXY=1); then the last hop is the one our proxy added.
 */
const clientIp = (c: Context<AppEnv>) => {
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
      let customer = await findCustomerByPhone(c.var.db, phone);
      if (!customer) {
        const [center] = await c.var.db.select({ id: centers.id }).from(centers).limit(1);
        if (!center) throw new AppError('unavailable', 'No service center is set up yet.');
        customer = await c.var.db.transaction((tx) => createCustomer(tx, { centerId: center.id, phone, name: '车主' }));
      }
      const token = await createSession(
        c.var.db,
        { kind: 'customer', id: customer.id },
        now,
        c.req.header('user-agent'),
        sessionToken(c),
      );
      setSessionCookie(c, token);
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
      const customer = await findCustomerByPhone(c.var.db, DEMO_CUSTOMER_PHONE);
      if (!customer) throw new AppError('unavailable', 'The demo data is not there yet.');
      const token = await createSession(
        c.var.db,
        { kind: 'customer', id: customer.id },
        c.var.deps.clock.now(),
        c.req.header('user-agent'),
        sessionToken(c),
      );
      setSessionCookie(c, token);
      return c.json(customerMe(customer));
    },
  )
  .post(
    '/staff',
    doc({ summary: 'Staff sign-in with username and password', tags: ['auth'], response: MeSchema, access: 'public' }),
    body(StaffSignInSchema),
    async (c) => {
      const { username, password } = c.req.valid('json');
      const s = await checkStaffPassword(c.var.db, username, password);
      if (!s) throw new AppError('unauthenticated', 'The username or password is not right.');
      const token = await createSession(
        c.var.db,
        { kind: 'staff', id: s.id },
        c.var.deps.clock.now(),
        c.req.header('user-agent'),
        sessionToken(c),
      );
      setSessionCookie(c, token);
      return c.json({ kind: 'staff' as const, id: s.id, name: s.name, role: s.role });
    },
  )
  .post(
    '/signout',
    doc({ summary: 'Sign out (revokes the session)', tags: ['auth'], response: OkSchema, access: 'public' }),
    body(v.object({})),
    async (c) => {
      const s = c.var.session;
      if (s) await revokeSession(c.var.db, s.sessionId, c.var.deps.clock.now());
      clearSessionCookie(c);
      return c.json({ ok: true as const });
    },
  )
  .get(
    '/me',
    doc({ summary: 'Who is signed in', tags: ['auth'], response: MeSchema, access: 'customer' }),
    async (c) => {
      const s = c.var.session;
      if (!s) throw new AppError('unauthenticated');
      if (s.kind === 'staff') return c.json({ kind: 'staff' as const, id: s.staffId, name: s.name, role: s.role });
      const customer = await getCustomer(c.var.db, s.customerId);
      if (!customer) throw new AppError('unauthenticated');
      return c.json(customerMe(customer));
    },
  );
