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
import { type Ctx, type Fetcher, signInStaffWith } from './route-kit.ts';
import { hr } from './health-record.fixture.ts';
import { decideBody, qf } from './quotes.fixture.ts';
import { bk } from './booking.fixture.ts';

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

  // timeline (the visit ids come from helpers at the end of this file)
  'GET /api/staff/timeline/board': { access: { staff: ALL_STAFF } },
  'POST /api/staff/timeline/check-in': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({
      body: { vehicleId: await newCar(ctx), title: '保养', mileageKm: 100, estimateMinutes: 60 },
    }),
    ok: 201,
    badBody: () => ({ vehicleId: MARK, title: '保养', mileageKm: 100 }),
    foreign: ({ f }) => ({ body: { vehicleId: f.other.vehicleId, title: '保养', mileageKm: 100 } }),
  },
  'GET /api/staff/timeline/visits/:id': {
    access: { staff: ALL_STAFF },
    sample: async (ctx) => ({ params: { id: await demoVisit(ctx) } }),
    foreign: async (ctx) => ({ params: { id: await otherCenterVisit(ctx) } }),
  },
  'POST /api/staff/timeline/visits/:id/events': {
    access: { staff: ALL_STAFF },
    sample: async (ctx) => ({ params: { id: await demoVisit(ctx) }, body: { kind: 'update', note: '一切顺利' } }),
    ok: 201,
    badBody: () => ({ kind: MARK }),
    foreign: async (ctx) => ({ params: { id: await otherCenterVisit(ctx) }, body: { kind: 'update' } }),
  },
  'POST /api/staff/timeline/visits/:id/estimate': {
    access: { staff: ALL_STAFF },
    sample: async (ctx) => ({ params: { id: await freshVisit(ctx, null) }, body: { estimateMinutes: 60 } }),
    badBody: () => ({ estimateMinutes: MARK }),
    foreign: async (ctx) => ({ params: { id: await otherCenterVisit(ctx) }, body: { estimateMinutes: 60 } }),
  },
  'POST /api/staff/timeline/visits/:id/delay': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({
      params: { id: await freshVisit(ctx, 60) },
      body: { remainingMinutes: 240, reason: '等待配件', compensation: ['free_wash'] },
    }),
    ok: 201,
    badBody: () => ({ remainingMinutes: 240, reason: 'x', compensation: [MARK] }),
    foreign: async (ctx) => ({
      params: { id: await otherCenterVisit(ctx) },
      body: { remainingMinutes: 240, reason: 'x' },
    }),
  },
  'POST /api/staff/timeline/visits/:id/early-finish': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({ params: { id: await freshVisit(ctx, 600) }, body: {} }),
    ok: 201,
    badBody: () => ({ gift: [MARK] }),
    foreign: async (ctx) => ({ params: { id: await otherCenterVisit(ctx) }, body: {} }),
  },
  'PUT /api/staff/timeline/visits/:id/delivery': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({
      params: { id: await demoVisit(ctx) },
      body: { checks: [{ key: 'brakes', note: '试车制动正常' }] },
    }),
    badBody: () => ({ checks: [{ key: MARK, note: 'x' }] }),
    foreign: async (ctx) => ({
      params: { id: await otherCenterVisit(ctx) },
      body: { checks: [{ key: 'brakes', note: 'x' }] },
    }),
  },
  // health record (objects from tests/integration/health-record.fixture.ts)
  'GET /api/health-record/vehicles/:id': {
    access: 'customer',
    sample: ({ f }) => ({ params: { id: f.zhang.vehicleId } }),
    foreign: ({ f }) => ({ params: { id: f.wang.vehicleId } }),
  },
  'GET /api/health-record/vehicles/:id/share-links': {
    access: 'customer',
    sample: ({ f }) => ({ params: { id: f.zhang.vehicleId } }),
    foreign: ({ f }) => ({ params: { id: f.wang.vehicleId } }),
  },
  'GET /api/health-record/visits/:id': {
    access: 'customer',
    sample: async (ctx) => ({ params: { id: (await hr.zhang(ctx)).visitId } }),
    foreign: async (ctx) => ({ params: { id: (await hr.wang(ctx)).visitId } }),
  },
  'GET /api/health-record/findings/:id': {
    access: 'customer',
    sample: async (ctx) => ({ params: { id: (await hr.zhang(ctx)).findingId } }),
    foreign: async (ctx) => ({ params: { id: (await hr.wang(ctx)).findingId } }),
  },
  'GET /api/share/:token': {
    access: 'link',
    sample: async (ctx) => ({ params: { token: await hr.shareToken(ctx) } }),
    foreign: () => ({ params: { token: 'A'.repeat(43) } }),
  },
  'GET /api/media/:id/:size': {
    access: 'link',
    contentType: 'image/webp',
    sample: async (ctx) => ({
      params: { id: (await hr.zhang(ctx)).mediaId, size: 'thumb' },
      query: { share: await hr.shareToken(ctx) },
    }),
    badQuery: () => ({ share: MARK.repeat(8) }),
    // 王女士's photo through 张先生's share link.
    foreign: async (ctx) => ({
      params: { id: (await hr.wang(ctx)).mediaId, size: 'thumb' },
      query: { share: await hr.shareToken(ctx) },
    }),
  },
  'GET /api/staff/health-record/vehicles/:id': {
    access: { staff: ALL_STAFF },
    sample: ({ f }) => ({ params: { id: f.zhang.vehicleId } }),
    foreign: ({ f }) => ({ params: { id: f.other.vehicleId } }),
  },
  'POST /api/staff/health-record/visits': {
    access: { staff: ['advisor', 'manager'] },
    sample: ({ f }) => ({ body: { vehicleId: f.zhang.vehicleId, title: '保养', mileageKm: 100 } }),
    ok: 201,
    badBody: ({ f }) => ({ vehicleId: f.zhang.vehicleId, title: '保养', mileageKm: MARK }),
    foreign: ({ f }) => ({ body: { vehicleId: f.other.vehicleId, title: '保养', mileageKm: 100 } }),
  },
  'POST /api/staff/health-record/visits/:id': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({ params: { id: (await hr.zhang(ctx)).visitId }, body: { note: '已复核' } }),
    badBody: () => ({ status: MARK }),
    foreign: async (ctx) => ({ params: { id: (await hr.other(ctx)).visitId }, body: { note: 'x' } }),
  },
  'POST /api/staff/health-record/findings': {
    access: { staff: ALL_STAFF },
    sample: async (ctx) => ({ body: { visitId: (await hr.zhang(ctx)).visitId, component: '玻璃水', grade: 'green' } }),
    ok: 201,
    badBody: () => ({ visitId: randomUUID(), component: '玻璃水', grade: MARK }),
    foreign: async (ctx) => ({ body: { visitId: (await hr.other(ctx)).visitId, component: '玻璃水', grade: 'green' } }),
  },
  'POST /api/staff/health-record/findings/:id': {
    access: { staff: ALL_STAFF },
    sample: async (ctx) => ({ params: { id: (await hr.zhang(ctx)).findingId }, body: { note: '已复查' } }),
    badBody: () => ({ grade: MARK }),
    foreign: async (ctx) => ({ params: { id: (await hr.other(ctx)).findingId }, body: { note: 'x' } }),
  },
  'POST /api/staff/health-record/readings': {
    access: { staff: ALL_STAFF },
    sample: async (ctx) => ({
      body: { visitId: (await hr.zhang(ctx)).visitId, readings: [{ component: 'tread_fl', value: 6 }] },
    }),
    ok: 201,
    badBody: () => ({ visitId: randomUUID(), readings: [{ component: MARK, value: 6 }] }),
    foreign: async (ctx) => ({
      body: { visitId: (await hr.other(ctx)).visitId, readings: [{ component: 'tread_fl', value: 6 }] },
    }),
  },
  'POST /api/staff/media': {
    access: { staff: ALL_STAFF },
    upload: true,
    sample: async (ctx) => ({ body: await hr.uploadForm((await hr.zhang(ctx)).findingId) }),
    ok: 201,
    badBody: () => {
      const form = new FormData();
      form.set('ownerKind', 'finding');
      form.set('ownerId', MARK);
      return form;
    },
    foreign: async (ctx) => ({ body: await hr.uploadForm((await hr.other(ctx)).findingId) }),
  },
  // quotes (objects from tests/integration/quotes.fixture.ts)
  'GET /api/staff/quotes/visits': { access: { staff: ALL_STAFF } },
  'GET /api/staff/quotes/:id': {
    access: { staff: ALL_STAFF },
    sample: async (ctx) => ({ params: { id: (await qf.sentOnce(ctx)).quoteId } }),
    foreign: async (ctx) => ({ params: { id: (await qf.other(ctx)).quoteId } }),
  },
  'POST /api/staff/quotes': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({
      body: {
        visitId: await qf.visitId(ctx),
        title: '追加项目',
        lines: [{ tier: 'required', title: '刹车油更换', partsFen: 1, labourFen: 1 }],
      },
    }),
    ok: 201,
    badBody: () => ({
      visitId: randomUUID(),
      title: 'x',
      lines: [{ tier: MARK, title: 'y', partsFen: 1, labourFen: 1 }],
    }),
    foreign: async (ctx) => ({
      body: {
        visitId: (await qf.other(ctx)).visitId,
        title: 'x',
        lines: [{ tier: 'required', title: 'y', partsFen: 1, labourFen: 1 }],
      },
    }),
  },
  'POST /api/staff/quotes/:id/revise': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({
      params: { id: await ctx.once('q-draft', () => qf.draft(ctx)) },
      body: { lines: [{ tier: 'required', title: '刹车油更换', partsFen: 2, labourFen: 1 }] },
    }),
    badBody: () => ({ lines: [{ tier: 'required', title: 'y', partsFen: MARK, labourFen: 1 }] }),
    foreign: async (ctx) => ({
      params: { id: (await qf.other(ctx)).quoteId },
      body: { lines: [{ tier: 'required', title: 'y', partsFen: 1, labourFen: 1 }] },
    }),
  },
  'POST /api/staff/quotes/:id/send': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({ params: { id: await qf.draft(ctx) }, body: {} }),
    badBody: () => MARK,
    foreign: async (ctx) => ({ params: { id: (await qf.other(ctx)).quoteId }, body: {} }),
  },
  'POST /api/staff/quotes/:id/link': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({ params: { id: (await qf.sentOnce(ctx)).quoteId }, body: {} }),
    badBody: () => MARK,
    foreign: async (ctx) => ({ params: { id: (await qf.other(ctx)).quoteId }, body: {} }),
  },
  'GET /api/quote-link/:quoteId/:token': {
    access: 'link',
    sample: async (ctx) => {
      const q = await qf.sentOnce(ctx);
      return { params: { quoteId: q.quoteId, token: q.token } };
    },
    // A link presented for another quote.
    foreign: async (ctx) => ({
      params: { quoteId: (await qf.other(ctx)).quoteId, token: (await qf.sentOnce(ctx)).token },
    }),
  },
  'POST /api/quote-link/:quoteId/:token/decide': {
    access: 'link',
    // A fresh quote each time: a decision uses one up.
    sample: async (ctx) => {
      const q = await qf.sent(ctx);
      return { params: { quoteId: q.quoteId, token: q.token }, body: decideBody(q) };
    },
    badBody: () => ({ version: 1, decisions: [], signature: { kind: 'typed', name: MARK.repeat(10) } }),
    foreign: async (ctx) => {
      const q = await qf.sentOnce(ctx);
      return { params: { quoteId: (await qf.other(ctx)).quoteId, token: q.token }, body: decideBody(q) };
    },
  },
  'GET /api/quote-link/:quoteId/:token/photos/:mediaId/:size': {
    access: 'link',
    contentType: 'image/webp',
    sample: async (ctx) => {
      const q = await qf.withPhoto(ctx);
      return { params: { quoteId: q.quoteId, token: q.token, mediaId: q.mediaId, size: 'thumb' } };
    },
    // 王女士's photo through a link of 张先生's quote.
    foreign: async (ctx) => {
      const q = await qf.withPhoto(ctx);
      return { params: { quoteId: q.quoteId, token: q.token, mediaId: q.otherMediaId, size: 'thumb' } };
    },
  },
  // booking (objects from tests/integration/booking.fixture.ts)
  'GET /api/booking/slots': {
    access: 'customer',
    sample: async (ctx) => ({ query: { serviceTypeId: await bk.serviceTypeId(ctx), days: '3' } }),
    badQuery: () => ({ serviceTypeId: MARK }),
    // The center's catalogue: any of its customers may ask; another center's service is not found.
    outsider: 'other-center',
    foreign: async (ctx) => ({ query: { serviceTypeId: await bk.otherServiceTypeId(ctx) } }),
  },
  'GET /api/bookings/:id/ics': {
    access: 'customer',
    contentType: 'text/calendar',
    sample: async (ctx) => ({ params: { id: await bk.bookingOf(ctx, 'zhang') } }),
    foreign: async (ctx) => ({ params: { id: await bk.bookingOf(ctx, 'wang') } }),
  },
  'GET /api/staff/booking/center': { access: { staff: ALL_STAFF } },
  'GET /api/staff/booking/day': {
    access: { staff: ALL_STAFF },
    sample: (ctx) => ({ query: { date: bk.date(ctx, 1) } }),
    badQuery: () => ({ date: MARK }),
  },
  'GET /api/staff/booking/slots': {
    access: { staff: ALL_STAFF },
    sample: async (ctx) => ({ query: { serviceTypeId: await bk.serviceTypeId(ctx), days: '2' } }),
    badQuery: () => ({ serviceTypeId: MARK }),
    foreign: async (ctx) => ({ query: { serviceTypeId: await bk.otherServiceTypeId(ctx) } }),
  },
  'PUT /api/staff/booking/capacity': {
    access: { staff: ['manager'] },
    // The demo's own capacity, so other entries see the same center.
    sample: () => ({ body: { bays: 6, openingHours: Array.from({ length: 7 }, () => ({ open: 510, close: 1080 })) } }),
    badBody: () => ({ bays: MARK, openingHours: [] }),
  },
  'PUT /api/staff/booking/service-types/:id': {
    access: { staff: ['manager'] },
    sample: async (ctx) => ({ params: { id: await bk.serviceTypeId(ctx) }, body: { durationMinutes: 30 } }),
    badBody: () => ({ durationMinutes: MARK }),
    foreign: async (ctx) => ({ params: { id: await bk.otherServiceTypeId(ctx) }, body: { durationMinutes: 30 } }),
  },
  'POST /api/staff/booking/exceptions': {
    access: { staff: ['advisor', 'manager'] },
    sample: (ctx) => ({
      body: { date: bk.date(ctx, 21), kind: 'bay_out', bay: 2, fromMinute: 600, toMinute: 660, reason: '检修' },
    }),
    ok: 201,
    badBody: (ctx) => ({ date: bk.date(ctx, 21), kind: MARK, reason: 'x' }),
  },
  'DELETE /api/staff/booking/exceptions/:id': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({ params: { id: await bk.exception(ctx) } }),
    badBody: { none: 'the exception is named in the path' },
    foreign: async (ctx) => ({ params: { id: await bk.exception(ctx, 'other') } }),
  },
  'POST /api/staff/booking/proposals': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({
      body: {
        customerId: ctx.f.wang.id,
        vehicleId: ctx.f.wang.vehicleId,
        serviceTypeId: await bk.serviceTypeId(ctx),
        suggestedStartsAt: bk.suggestedAt(ctx),
        note: '刹车复查',
      },
    }),
    ok: 201,
    badBody: (ctx) => ({
      customerId: ctx.f.wang.id,
      vehicleId: ctx.f.wang.vehicleId,
      serviceTypeId: MARK,
      suggestedStartsAt: 'x',
      note: '',
    }),
    foreign: async (ctx) => ({
      body: {
        customerId: ctx.f.other.customerId,
        vehicleId: ctx.f.other.vehicleId,
        serviceTypeId: await bk.serviceTypeId(ctx),
        suggestedStartsAt: bk.suggestedAt(ctx),
        note: '',
      },
    }),
  },
};

// ---- timeline helpers: visits made through the staff API ----

const postJson = async (client: Fetcher, path: string, body: unknown) => {
  const res = await client.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
};

/** A new car of 王女士's (not in the workshop yet). */
async function newCar({ s, f, plate, vin }: Ctx): Promise<string> {
  const advisor = await s.signInStaff('advisor');
  const car = {
    customerId: f.wang.id,
    model: 'Tesla Model 3',
    plate: plate(),
    vin: vin(),
    mileageKm: 100,
    purchaseDate: '2025-03-01',
  };
  return (await postJson(advisor, '/api/staff/vehicles', car)).id as string;
}

/** A visit just checked in, with or without an estimate (a fresh one per call: samples run many times). */
async function freshVisit(ctx: Ctx, estimateMinutes: number | null): Promise<string> {
  const body = { vehicleId: await newCar(ctx), title: '保养', mileageKm: 100, estimateMinutes };
  const visit = await postJson(await ctx.s.signInStaff('advisor'), '/api/staff/timeline/check-in', body);
  return (visit.progress as { visitId: string }).visitId;
}

/** 张先生's Model 3, in the workshop in the demo data. */
const demoVisit = (ctx: Ctx) =>
  ctx.once('timeline-demo-visit', async () => {
    const res = await (await ctx.s.signInStaff('advisor')).fetch('/api/staff/timeline/board');
    const board = (await res.json()) as { rows: { visitId: string; vehicleId: string }[] };
    return board.rows.find((b) => b.vehicleId === ctx.f.zhang.vehicleId)!.visitId;
  });

/** A visit of the second center: 徐汇's staff must not reach it. */
const otherCenterVisit = (ctx: Ctx) =>
  ctx.once('timeline-other-visit', async () => {
    const advisor = await signInStaffWith(ctx.s, ctx.f.other.advisor);
    const body = { vehicleId: ctx.f.other.vehicleId, title: '保养', mileageKm: 1000 };
    return ((await postJson(advisor, '/api/staff/timeline/check-in', body)).progress as { visitId: string }).visitId;
  });
