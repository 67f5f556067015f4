/**
 * The machinery behind the route table (route-table.ts): the entry type, the fixture every sample
 * request can draw on, the enumeration of the routes the app registers, and the request helper.
 */
import { randomUUID } from 'node:crypto';
import type { StaffRole } from '@shared/auth/auth.schema.ts';
import { createApp } from '../../server/app.ts';
import { createCenter } from '../../server/center/center.service.ts';
import { createCustomer, findSignInCustomer } from '../../server/customers/customer.service.ts';
import type { AppDeps } from '../../server/http/context.ts';
import { createStaff } from '../../server/staff/staff.service.ts';
import { createVehicle, listVehicles } from '../../server/vehicles/vehicle.service.ts';
import {
  type Client,
  DEMO_CUSTOMER_PHONE,
  DEMO_SECOND_CUSTOMER_PHONE,
  type TestServer,
} from '../helpers/test-server.ts';

/**
 * A value no schema accepts and no error message may contain: bad bodies put it in the field that is
 * wrong, and the tests check that the answer does not echo it.
 */
export const MARK = 'ECHO<mark>7f3a';

export const ALL_STAFF: StaffRole[] = ['advisor', 'technician', 'manager'];

/**
 * Who may call a route:
 * - 'public': anyone, no session;
 * - 'session': anyone signed in (customer or staff);
 * - 'customer': a signed-in customer (staff get 403);
 * - { staff: [...] }: the named staff roles (customers and the other roles get 403);
 * - 'link': no session; a signed link (a token in the path or query) authorises the call.
 */
export type Access = 'public' | 'session' | 'customer' | 'link' | { staff: StaffRole[] };

/** One request: path parameters, query, and a JSON body (or FormData for upload routes). */
export type Req = { params?: Record<string, string>; query?: Record<string, string>; body?: unknown };

export type Ctx = {
  s: TestServer;
  f: Fixture;
  /** A phone number, plate and VIN no one has used yet in this run. */
  phone: () => string;
  plate: () => string;
  vin: () => string;
  /** Asks for a sign-in code for a phone (without signing in) and returns it. */
  otp: (phone: string) => Promise<string>;
  /** Runs `make` once per test file and keeps its result (for samples that need an object made first). */
  once: <T>(key: string, make: () => Promise<T>) => Promise<T>;
};

export type RouteSpec = {
  access: Access;
  /** A valid request from an allowed caller (customer routes: 张先生; staff routes: each allowed role). */
  sample?: (ctx: Ctx) => Req | Promise<Req>;
  /** The status the sample gets (default 200). */
  ok?: number;
  /**
   * Write routes (POST/PUT/PATCH/DELETE): a body that fails validation → 400. Put MARK in the wrong
   * field so an echo is caught. A write route with no body at all says why: `{ none: 'reason' }`.
   */
  badBody?: ((ctx: Ctx) => unknown) | { none: string };
  /** Routes with a query: a query that fails validation → 400. */
  badQuery?: (ctx: Ctx) => Record<string, string>;
  /** Routes over an object: the sample naming someone else's object (another customer's, another center's) → 404. */
  foreign?: (ctx: Ctx) => Req | Promise<Req>;
  /**
   * Who must not reach the sample either (→ 404). Default: 王女士 for customer routes, the other
   * center's advisor for staff routes. 'other-center' = 赵先生, a customer of the other center (for
   * center-wide objects any 徐汇 customer may see); false when the sample is not private at all.
   */
  outsider?: 'wang' | 'other-center' | false;
  /** The answer is an event stream: only its status and type are read. */
  stream?: boolean;
  /** Upload routes take multipart/form-data (badBody may return FormData). */
  upload?: boolean;
  /** The sample's answer type when it is not JSON (e.g. 'image/webp' for a photo). */
  contentType?: string;
};

export type Fixture = {
  centerId: string;
  /** 张先生, the demo customer (the caller of customer samples), and his Model 3. */
  zhang: { id: string; vehicleId: string };
  /** 王女士, the second customer: her objects are "someone else's" for 张先生. */
  wang: { id: string; vehicleId: string };
  /** A second center with its own service type, customer (赵先生), vehicle and advisor: invisible to 徐汇. */
  other: {
    centerId: string;
    customerId: string;
    phone: string;
    vehicleId: string;
    advisor: { username: string; password: string };
  };
};

/** "METHOD /api/path" for every route the app registers (middleware and the /api/* 404 excluded). */
export function registeredRoutes(): string[] {
  const app = createApp({} as AppDeps);
  const keys = app.routes
    .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
    .map((r) => `${r.method} ${r.path}`);
  return [...new Set(keys)].sort();
}

export const isWrite = (key: string) => /^(POST|PUT|PATCH|DELETE) /.test(key);
export const splitKey = (key: string) => {
  const i = key.indexOf(' ');
  return { method: key.slice(0, i), path: key.slice(i + 1) };
};
/** Hono path parameters: `:id`, `:id{[0-9]+}`, `:id?`. */
export const pathParams = (path: string) => [...path.matchAll(/:(\w+)(\{[^}]*\})?\??/g)].map((m) => m[1]!);

/** The line a developer adds to ROUTES for a new route, with the fields it will need (a starting point: check it). */
export function suggestedEntry(key: string) {
  const { method, path } = splitKey(key);
  const params = pathParams(path);
  const link = params.some((p) => /token/i.test(p));
  const access = path.startsWith('/api/staff/')
    ? "{ staff: ['advisor', 'manager'] /* the roles allowed */ }"
    : link
      ? "'link'"
      : "'customer' /* or 'public' | 'session' */";
  const value = (p: string) =>
    /token/i.test(p)
      ? `await makeLink(ctx) /* a valid ${p} */`
      : /id$/i.test(p)
        ? `/* the id of 张先生's object */`
        : `'...' /* a valid ${p} */`;
  const parts = [`access: ${access}`];
  const req: string[] = [];
  if (params.length) req.push(`params: { ${params.map((p) => `${p}: ${value(p)}`).join(', ')} }`);
  if (isWrite(key)) req.push('body: { /* a valid body */ }');
  if (req.length) parts.push(`sample: async (ctx) => ({ ${req.join(', ')} })`);
  if (method === 'POST') parts.push('ok: 201 /* if it creates; else drop */');
  if (isWrite(key)) parts.push('badBody: () => ({ someField: MARK })');
  if (params.length)
    parts.push(
      `foreign: async (ctx) => ({ params: { /* someone else's object (ctx.f.wang, ctx.f.other) or a wrong token */ } })`,
    );
  return `  '${key}': { ${parts.join(', ')} },`;
}

export function buildPath(path: string, params: Record<string, string> = {}, query?: Record<string, string>) {
  const filled = path.replace(/:(\w+)(\{[^}]*\})?\??/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${path}: the sample gives no value for :${name}`);
    return encodeURIComponent(value);
  });
  return query ? `${filled}?${new URLSearchParams(query)}` : filled;
}

export type SendOptions = { contentType?: string; origin?: string; rawBody?: string };

export type Fetcher = Pick<Client, 'fetch'>;

/** A caller with no session. */
export const anonymous = (s: TestServer): Fetcher => ({
  fetch: (path, init = {}) => fetch(s.url + path, init),
});

/** A caller carrying a session cookie. */
export const withCookie = (s: TestServer, cookie: string): Fetcher => ({
  fetch: (path, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', cookie);
    return fetch(s.url + path, { ...init, headers });
  },
});

/** Signs in any staff member (e.g. the other center's advisor). */
export async function signInStaffWith(
  s: TestServer,
  credentials: { username: string; password: string },
): Promise<Fetcher> {
  const res = await fetch(`${s.url}/api/auth/staff`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (res.status !== 200) throw new Error(`staff sign-in failed: ${res.status}`);
  return withCookie(s, res.headers.getSetCookie()[0]!.split(';')[0]!);
}

/** Sends one table request as `client`; reads the body as JSON (or just the head for streams). */
export async function send(client: Fetcher, key: string, req: Req, spec: RouteSpec, opts: SendOptions = {}) {
  const { method, path } = splitKey(key);
  const headers: Record<string, string> = {};
  let body: BodyInit | undefined;
  if (opts.rawBody !== undefined) body = opts.rawBody;
  else if (req.body instanceof FormData) body = req.body;
  else if (req.body !== undefined || isWrite(key)) body = JSON.stringify(req.body ?? {});
  if (opts.contentType) headers['content-type'] = opts.contentType;
  else if (typeof body === 'string') headers['content-type'] = 'application/json';
  if (opts.origin) headers.origin = opts.origin;
  const abort = new AbortController();
  const res = await client.fetch(buildPath(path, req.params, req.query), {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
    signal: abort.signal,
  });
  let text = '';
  if (spec.stream && res.ok) abort.abort();
  else text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    text,
    json: json as Record<string, unknown> | null,
  };
}

/** 张先生 and 王女士 from the demo, and a second center built through the service functions. */
export async function buildFixture(s: TestServer): Promise<Fixture> {
  const db = s.db.db;
  const zhang = (await findSignInCustomer(db, DEMO_CUSTOMER_PHONE))!;
  const wang = (await findSignInCustomer(db, DEMO_SECOND_CUSTOMER_PHONE))!;
  const [zhangCar] = await listVehicles(db, zhang.id);
  const [wangCar] = await listVehicles(db, wang.id);
  const advisor = { username: 'other-advisor', password: 'other-advisor-pw' };
  const other = await db.transaction(async (tx) => {
    const centerId = await createCenter(tx, {
      name: '浦东服务中心',
      nameEn: 'Pudong Service Center',
      address: '上海市浦东新区',
      addressEn: 'Pudong, Shanghai',
      phone: '021-5000 0000',
      timeZone: 'Asia/Shanghai',
      bays: 2,
      openingHours: Array.from({ length: 7 }, () => ({ open: 540, close: 1020 })),
      serviceTypes: [
        {
          code: 'maintenance',
          nameZh: '常规保养',
          nameEn: 'Routine maintenance',
          durationMinutes: 90,
          priceFromFen: 68_000,
        },
      ],
    });
    const customer = await createCustomer(tx, { centerId, phone: '13700000001', name: '赵先生' });
    const vehicle = await createVehicle(tx, {
      customerId: customer.id,
      model: 'Tesla Model S',
      plate: '沪AZ00001',
      vin: 'LRW00000000000001',
      color: null,
      mileageKm: 1000,
      purchaseDate: '2025-01-01',
      warrantyUntil: null,
      warrantyKm: null,
    });
    await createStaff(tx, { centerId, ...advisor, name: '浦东顾问', role: 'advisor' });
    return { centerId, customerId: customer.id, phone: customer.phone, vehicleId: vehicle.id, advisor };
  });
  return {
    centerId: zhang.centerId,
    zhang: { id: zhang.id, vehicleId: zhangCar!.id },
    wang: { id: wang.id, vehicleId: wangCar!.id },
    other,
  };
}

export function makeCtx(s: TestServer, f: Fixture): Ctx {
  let n = 0;
  const cache = new Map<string, Promise<unknown>>();
  // Each test server has a fresh database, so a counter is unique enough.
  return {
    s,
    f,
    phone: () => `1360${String(++n).padStart(7, '0')}`,
    plate: () => `沪T${String(++n).padStart(5, '0')}`,
    vin: () => `LTEST${String(++n).padStart(12, '0')}`,
    otp: async (phone) => {
      const res = await fetch(`${s.url}/api/auth/code`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ phone }),
      });
      if (res.status !== 200) throw new Error(`code request failed: ${res.status}`);
      const code = s.sms.last(phone)?.text.match(/\d{6}/)?.[0];
      if (!code) throw new Error('no code was sent');
      return code;
    },
    once: <T>(key: string, make: () => Promise<T>) => {
      if (!cache.has(key)) cache.set(key, make());
      return cache.get(key) as Promise<T>;
    },
  };
}

export { randomUUID };
