/**
 * EVERY route the app registers, keyed "METHOD /api/path" exactly as Hono lists it (`createApp().routes`).
 * route-access.test.ts and openapi.test.ts run over this table; a route missing here fails the
 * meta-test, which prints the line to add. One entry per route, appended under your feature's comment.
 *
 * Fields (see RouteSpec in route-kit.ts):
 *   access    'public' | 'session' | 'customer' | 'link' | { staff: ['advisor', 'manager'] }
 *   sample    ({ f, s, phone, plate, vin, otp, once }) => ({ params, query, body }): a valid request.
 *             Customer samples run as 张先生 (f.zhang), staff samples as each allowed role of 徐汇.
 *   ok        the sample's status when not 200 (e.g. 201)
 *   badBody   write routes: a body that fails validation, MARK in the wrong field (→ 400, no echo)
 *   badQuery  routes with a query: a query that fails validation (→ 400)
 *   foreign   routes over an object: the same request naming someone else's (f.wang's, f.other's) → 404
 *   stream    an event stream (only the status is read)
 */
import { ALL_STAFF, MARK, randomUUID, type RouteSpec } from './route-kit.ts';

export const ROUTES: Record<string, RouteSpec> = {
  // meta
  'GET /api/health': { access: 'public' },
  'GET /api/ping': { access: 'public' },
  'GET /api/openapi.json': { access: 'public' },

  // auth
  'GET /api/auth/demo': { access: 'public' },
  'POST /api/auth/code': {
    access: 'public',
    sample: ({ phone }) => ({ body: { phone: phone() } }),
    badBody: () => ({ phone: MARK }),
  },
  'POST /api/auth/verify': {
    access: 'public',
    sample: async ({ phone, otp }) => {
      const p = phone();
      return { body: { phone: p, code: await otp(p) } };
    },
    badBody: () => ({ phone: '13800138000', code: MARK }),
  },
  'POST /api/auth/demo': { access: 'public', badBody: () => MARK },
  'POST /api/auth/staff': {
    access: 'public',
    sample: () => ({ body: { username: 'advisor', password: 'pitlane-advisor' } }),
    badBody: () => ({ username: MARK.repeat(10), password: 'x' }),
  },
  'POST /api/auth/signout': { access: 'public', badBody: () => MARK },
  'GET /api/auth/me': { access: 'session' },

  // center
  'GET /api/center': { access: 'customer' },

  // vehicles
  'GET /api/vehicles': { access: 'customer' },
  'GET /api/vehicles/:id': {
    access: 'customer',
    sample: ({ f }) => ({ params: { id: f.zhang.vehicleId } }),
    foreign: ({ f }) => ({ params: { id: f.wang.vehicleId } }),
  },

  // sync
  'POST /api/sync/push': {
    access: 'customer',
    sample: () => ({
      body: {
        clientId: randomUUID(),
        mutations: [{ seq: 1, name: 'preferences.set', args: { largeText: false }, at: new Date().toISOString() }],
      },
    }),
    badBody: () => ({ clientId: MARK, mutations: [] }),
  },
  'GET /api/sync/pull': {
    access: 'customer',
    sample: () => ({ query: { since: '0' } }),
    badQuery: () => ({ since: MARK }),
  },
  'GET /api/sync/stream': { access: 'customer', stream: true },

  // staff
  'GET /api/staff/customers': {
    access: { staff: ALL_STAFF },
    sample: () => ({ query: { q: '沪AD12345' } }),
    badQuery: () => ({ q: MARK.repeat(5) }),
  },
  'GET /api/staff/customers/:id': {
    access: { staff: ALL_STAFF },
    sample: ({ f }) => ({ params: { id: f.wang.id } }),
    foreign: ({ f }) => ({ params: { id: f.other.customerId } }),
  },
  'POST /api/staff/customers': {
    access: { staff: ['advisor', 'manager'] },
    sample: ({ phone }) => ({ body: { phone: phone(), name: '测试客户' } }),
    ok: 201,
    badBody: () => ({ phone: MARK, name: '测试客户' }),
  },
  'GET /api/staff/team': { access: { staff: ['manager'] } },
  'POST /api/staff/vehicles': {
    access: { staff: ['advisor', 'manager'] },
    sample: ({ f, plate, vin }) => ({
      body: {
        customerId: f.wang.id,
        model: 'Tesla Model 3',
        plate: plate(),
        vin: vin(),
        mileageKm: 100,
        purchaseDate: '2025-03-01',
      },
    }),
    ok: 201,
    badBody: ({ f }) => ({
      customerId: f.wang.id,
      model: 'Tesla Model 3',
      plate: '沪A00001',
      vin: MARK,
      mileageKm: 1,
      purchaseDate: '2025-03-01',
    }),
    foreign: ({ f, plate, vin }) => ({
      body: {
        customerId: f.other.customerId,
        model: 'Tesla Model 3',
        plate: plate(),
        vin: vin(),
        mileageKm: 100,
        purchaseDate: '2025-03-01',
      },
    }),
  },
};
