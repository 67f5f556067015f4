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
import sharp from 'sharp';
import { phoneClip } from '../../server/media/mp4.fixture.ts';
import { ALL_STAFF, MARK, randomUUID, type RouteSpec } from './route-kit.ts';
import { type Ctx, type Fetcher, signInStaffWith } from './route-kit.ts';
import { hr } from './health-record.fixture.ts';
import { decideBody, qf } from './quotes.fixture.ts';
import { bk } from './booking.fixture.ts';
import { rf } from './referral.fixture.ts';
import { mb } from './membership.fixture.ts';
import { sv } from './surveys.fixture.ts';
import { fam } from './family.fixture.ts';
import { DEFAULT_MEMBERSHIP_SETTINGS } from '@shared/membership/settings.schema.ts';

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

  // notifications: Web Push subscriptions (the endpoint is the device's own: nothing foreign to name)
  'GET /api/push/key': { access: 'public' },
  'POST /api/push/subscriptions': {
    access: 'customer',
    sample: () => ({
      body: {
        endpoint: `http://127.0.0.1:9/push/${randomUUID()}`,
        keys: {
          p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
          auth: 'tBHItJI5svbpez7KI4CCXg',
        },
      },
    }),
    badBody: () => ({ endpoint: MARK, keys: { p256dh: 'x', auth: 'y' } }),
  },
  'POST /api/push/subscriptions/remove': {
    access: 'customer',
    sample: () => ({ body: { endpoint: 'https://push.example.com/x' } }),
    badBody: () => ({ endpoint: MARK }),
  },
  'POST /api/push/shown': {
    access: 'customer',
    sample: () => ({ body: { endpoint: 'https://push.example.com/x' } }),
    badBody: () => ({ endpoint: MARK }),
  },

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

  // remarks carried forward (the remark helpers are at the end of this file)
  'GET /api/staff/remarks': {
    access: { staff: ALL_STAFF },
    sample: ({ f }) => ({ query: { vehicleId: f.zhang.vehicleId } }),
    badQuery: () => ({ vehicleId: MARK }),
    foreign: ({ f }) => ({ query: { vehicleId: f.other.vehicleId } }),
  },
  'POST /api/staff/remarks': {
    access: { staff: ['advisor', 'manager'] },
    sample: ({ f }) => ({ body: { vehicleId: f.zhang.vehicleId, text: '右前轮有异响' } }),
    ok: 201,
    badBody: () => ({ vehicleId: MARK, text: '异响' }),
    foreign: ({ f }) => ({ body: { vehicleId: f.other.vehicleId, text: '异响' } }),
  },
  'POST /api/staff/remarks/:id/answer': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => {
      const { remarkId, visitId } = await remarkOnFreshVisit(ctx);
      return { params: { id: remarkId }, body: { visitId, status: 'fixed', note: '已更换' } };
    },
    badBody: () => ({ visitId: randomUUID(), status: MARK }),
    foreign: async (ctx) => {
      const visitId = await otherCenterVisit(ctx);
      const advisor = await signInStaffWith(ctx.s, ctx.f.other.advisor);
      const remark = await postJson(advisor, '/api/staff/remarks', { vehicleId: ctx.f.other.vehicleId, text: '异响' });
      return { params: { id: remark.id as string }, body: { visitId, status: 'fixed' } };
    },
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
  'POST /api/staff/media/video': {
    access: { staff: ALL_STAFF },
    upload: true,
    sample: async (ctx) => ({ body: await videoForm(await demoEvent(ctx)) }),
    ok: 201,
    badBody: () => {
      const form = new FormData();
      form.set('ownerKind', 'timeline_event');
      form.set('ownerId', MARK);
      return form;
    },
    foreign: async (ctx) => ({ body: await videoForm(await otherCenterEvent(ctx)) }),
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
  'POST /api/staff/quotes/:id/withdraw': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({ params: { id: (await qf.sent(ctx)).quoteId }, body: {} }),
    badBody: () => MARK,
    foreign: async (ctx) => ({ params: { id: (await qf.other(ctx)).quoteId }, body: {} }),
  },
  'POST /api/staff/quotes/:id/link': {
    access: { staff: ['advisor', 'manager'] },
    // A quote of its own: a new link revokes the older ones, and the link routes below use sentOnce's.
    sample: async (ctx) => ({ params: { id: (await qf.sent(ctx)).quoteId }, body: {} }),
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
  // membership (objects from tests/integration/membership.fixture.ts)
  'GET /api/membership': { access: 'customer' },
  'GET /api/membership/balance': { access: 'customer' },
  'GET /api/membership/ledger': {
    access: 'customer',
    sample: () => ({ query: { limit: '10' } }),
    badQuery: () => ({ limit: MARK }),
    foreign: async (ctx) => ({ query: { before: await mb.entryOf(ctx, 'other') } }),
    outsider: false,
  },
  'GET /api/staff/membership/settings': { access: { staff: ALL_STAFF } },
  'PUT /api/staff/membership/settings': {
    access: { staff: ['manager'] },
    sample: () => ({ body: DEFAULT_MEMBERSHIP_SETTINGS }),
    badBody: () => ({ ...DEFAULT_MEMBERSHIP_SETTINGS, windowMonths: MARK }),
  },
  'GET /api/staff/membership/members': {
    access: { staff: ['advisor', 'manager'] },
    sample: () => ({ query: { tier: 'gold' } }),
    badQuery: () => ({ tier: MARK }),
  },
  'GET /api/staff/membership/members/:id': {
    access: { staff: ['advisor', 'manager'] },
    sample: ({ f }) => ({ params: { id: f.zhang.id } }),
    foreign: ({ f }) => ({ params: { id: f.other.customerId } }),
  },
  'POST /api/staff/membership/adjustments': {
    access: { staff: ['manager'] },
    sample: ({ f }) => ({ body: { customerId: f.zhang.id, requestId: randomUUID(), points: 10, reason: '补录积分' } }),
    badBody: ({ f }) => ({ customerId: f.zhang.id, requestId: randomUUID(), points: MARK, reason: '补录积分' }),
    foreign: ({ f }) => ({
      body: { customerId: f.other.customerId, requestId: randomUUID(), points: 10, reason: '补录积分' },
    }),
  },
  'POST /api/staff/membership/redemptions': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({ body: { visitId: await mb.pricedVisit(ctx), points: 20 } }),
    badBody: () => ({ visitId: randomUUID(), points: MARK }),
    foreign: async (ctx) => ({ body: { visitId: await mb.otherVisit(ctx), points: 20 } }),
  },
  'GET /api/staff/membership/visits/:id/vouchers': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({ params: { id: await mb.pricedVisit(ctx) } }),
    foreign: async (ctx) => ({ params: { id: await mb.otherVisit(ctx) } }),
  },
  'POST /api/staff/membership/vouchers/use': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({ body: { visitId: await mb.pricedVisit(ctx), voucherId: await mb.voucher(ctx) } }),
    badBody: () => ({ visitId: randomUUID(), voucherId: MARK }),
    foreign: async (ctx) => ({ body: { visitId: await mb.otherVisit(ctx), voucherId: await mb.voucher(ctx) } }),
  },
  'GET /api/staff/billing/visits/:id': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({ params: { id: await mb.pricedVisit(ctx) } }),
    foreign: async (ctx) => ({ params: { id: await mb.otherVisit(ctx) } }),
  },
  'POST /api/staff/membership/reversals': {
    access: { staff: ['manager'] },
    sample: async (ctx) => ({ body: { entryId: await mb.entryOf(ctx, 'zhang'), reason: '录入错误' } }),
    badBody: () => ({ entryId: MARK, reason: '录入错误' }),
    foreign: async (ctx) => ({ body: { entryId: await mb.entryOf(ctx, 'other'), reason: '录入错误' } }),
  },
  // surveys (objects from tests/integration/surveys.fixture.ts)
  'GET /api/surveys/:visitId': {
    access: 'customer',
    sample: async (ctx) => ({ params: { visitId: (await sv.visit(ctx, 'zhang')).id } }),
    foreign: async (ctx) => ({ params: { visitId: (await sv.visit(ctx, 'wang')).id } }),
  },
  'GET /api/survey-link/:visitId/:token': {
    access: 'link',
    sample: async (ctx) => ({ params: await sv.linkOnce(ctx) }),
    // 张先生's token presented for 王女士's visit.
    foreign: async (ctx) => ({
      params: { visitId: (await sv.visit(ctx, 'wang')).id, token: (await sv.linkOnce(ctx)).token },
    }),
  },
  'POST /api/survey-link/:visitId/:token': {
    access: 'link',
    sample: async (ctx) => ({ params: await sv.freshLink(ctx), body: sv.answer }),
    badBody: () => ({ ...sv.answer, nps: MARK }),
    foreign: async (ctx) => ({
      params: { visitId: (await sv.visit(ctx, 'wang')).id, token: (await sv.freshLink(ctx)).token },
      body: sv.answer,
    }),
  },
  'GET /api/staff/surveys/dashboard': {
    access: { staff: ['manager'] },
    sample: () => ({ query: { from: '2026-01-01', to: '2026-12-31' } }),
    badQuery: () => ({ from: MARK, to: '2026-12-31' }),
  },
  'GET /api/staff/surveys/cases': {
    access: { staff: ['advisor', 'manager'] },
    sample: () => ({ query: { status: 'all' } }),
    badQuery: () => ({ status: MARK }),
  },
  'POST /api/staff/surveys/cases/:id/take': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({ params: { id: await sv.freshCase(ctx) }, body: {} }),
    badBody: () => ({ by: MARK }),
    foreign: async (ctx) => ({ params: { id: await sv.otherCenterCase(ctx) }, body: {} }),
  },
  'POST /api/staff/surveys/cases/:id/close': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({
      params: { id: await sv.freshCase(ctx) },
      body: { note: '已致电道歉，下次保养免工时费' },
    }),
    badBody: () => ({ note: 7, extra: MARK }),
    foreign: async (ctx) => ({ params: { id: await sv.otherCenterCase(ctx) }, body: { note: '已致电' } }),
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
  'GET /api/bookings/:id/queue': {
    access: 'customer',
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

  // referral: the friend's invite page (the code in the path is the key) and staff conversions
  'GET /api/invite/:code': {
    access: 'link',
    sample: async (ctx) => ({ params: { code: (await rf.zhangLink(ctx)).code } }),
    foreign: () => ({ params: { code: 'AAAAAAAAAAAAAAAA' } }),
  },
  'POST /api/invite/:code/code': {
    access: 'link',
    sample: async (ctx) => ({ params: { code: (await rf.zhangLink(ctx)).code }, body: { phone: ctx.phone() } }),
    badBody: () => ({ phone: MARK }),
    foreign: (ctx) => ({ params: { code: 'AAAAAAAAAAAAAAAA' }, body: { phone: ctx.phone() } }),
  },
  'POST /api/invite/:code/verify': {
    access: 'link',
    sample: async (ctx) => {
      const phone = ctx.phone();
      return {
        params: { code: (await rf.zhangLink(ctx)).code },
        body: { name: '李女士', phone, code: await rf.otp(ctx, phone) },
      };
    },
    badBody: () => ({ name: '李女士', phone: '13800138000', code: MARK }),
    foreign: async (ctx) => {
      const phone = ctx.phone();
      return { params: { code: 'AAAAAAAAAAAAAAAA' }, body: { name: '李女士', phone, code: await rf.otp(ctx, phone) } };
    },
  },
  'POST /api/invite/:code/book': {
    access: 'link',
    sample: async (ctx) => {
      const { link, ticket } = await rf.lead(ctx, 'zhang');
      return { params: { code: link.code }, body: rf.bookBody(ctx, ticket) };
    },
    badBody: () => ({ ticket: MARK, service: 'test_drive', date: '2026-01-01', partOfDay: 'morning' }),
    // A ticket of 张先生's friend presented on another referrer's link.
    foreign: async (ctx) => {
      const { ticket } = await rf.lead(ctx, 'zhang');
      return { params: { code: (await rf.otherLink(ctx)).code }, body: rf.bookBody(ctx, ticket) };
    },
  },
  'GET /api/staff/referrals': { access: { staff: ['advisor', 'manager'] } },
  'POST /api/staff/referrals/:id/status': {
    access: { staff: ['advisor', 'manager'] },
    sample: async (ctx) => ({ params: { id: (await rf.lead(ctx, 'zhang')).lead.id }, body: { status: 'visited' } }),
    badBody: () => ({ status: MARK }),
    foreign: async (ctx) => ({ params: { id: (await rf.lead(ctx, 'other')).lead.id }, body: { status: 'visited' } }),
  },
  // family access (objects from tests/integration/family.fixture.ts; server/family/vehicle-access.ts is the rule)
  'GET /api/family/vehicles/:id': {
    access: 'customer',
    sample: ({ f }) => ({ params: { id: f.zhang.vehicleId } }),
    foreign: ({ f }) => ({ params: { id: f.wang.vehicleId } }),
  },
  'POST /api/family/invitations': {
    access: 'customer',
    sample: async (ctx) => {
      await fam.roomOnZhangsCar(ctx);
      return { body: { vehicleId: ctx.f.zhang.vehicleId, phone: ctx.phone(), scope: 'view' } };
    },
    ok: 201,
    badBody: ({ f }) => ({ vehicleId: f.zhang.vehicleId, phone: MARK, scope: 'view' }),
    foreign: ({ f, phone }) => ({ body: { vehicleId: f.wang.vehicleId, phone: phone(), scope: 'view' } }),
  },
  'POST /api/family/invitations/:id/cancel': {
    access: 'customer',
    sample: async (ctx) => ({ params: { id: await fam.zhangInvitation(ctx) }, body: {} }),
    badBody: () => MARK,
    foreign: async (ctx) => ({ params: { id: await fam.wangInvitation(ctx) }, body: {} }),
  },
  'GET /api/family/invitations/incoming': { access: 'customer' },
  'POST /api/family/invitations/:id/code': {
    access: 'customer',
    sample: async (ctx) => ({ params: { id: await fam.toZhang(ctx) }, body: {} }),
    badBody: () => MARK,
    foreign: async (ctx) => ({ params: { id: await fam.wangInvitation(ctx) }, body: {} }),
  },
  'POST /api/family/invitations/:id/accept': {
    access: 'customer',
    sample: async (ctx) => ({ params: { id: await fam.toZhang(ctx) }, body: { code: await fam.codeForZhang(ctx) } }),
    badBody: () => ({ code: MARK }),
    foreign: async (ctx) => ({ params: { id: await fam.wangInvitation(ctx) }, body: { code: '123456' } }),
  },
  'POST /api/family/members/:id/revoke': {
    access: 'customer',
    sample: async (ctx) => ({ params: { id: await fam.zhangMember(ctx) }, body: {} }),
    badBody: () => MARK,
    foreign: async (ctx) => ({ params: { id: await fam.otherMembership(ctx) }, body: {} }),
  },
  'POST /api/family/members/:id/leave': {
    access: 'customer',
    sample: async (ctx) => ({ params: { id: await fam.zhangAsMember(ctx) }, body: {} }),
    badBody: () => MARK,
    foreign: async (ctx) => ({ params: { id: await fam.otherMembership(ctx) }, body: {} }),
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

/** A car just checked in with one remark noted at the counter (fresh per call). */
async function remarkOnFreshVisit(ctx: Ctx): Promise<{ remarkId: string; visitId: string }> {
  const advisor = await ctx.s.signInStaff('advisor');
  const vehicleId = await newCar(ctx);
  const visit = await postJson(advisor, '/api/staff/timeline/check-in', { vehicleId, title: '保养', mileageKm: 100 });
  const remark = await postJson(advisor, '/api/staff/remarks', { vehicleId, text: '空调有异味' });
  return { remarkId: remark.id as string, visitId: (visit.progress as { visitId: string }).visitId };
}

/** A short clip with its poster, for a timeline event (the clip of server/media/mp4.fixture.ts). */
async function videoForm(eventId: string): Promise<FormData> {
  const jpeg = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#556' } })
    .jpeg()
    .toBuffer();
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(phoneClip(5))], { type: 'video/mp4' }), 'clip.mp4');
  form.set('poster', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'poster.jpg');
  form.set('ownerKind', 'timeline_event');
  form.set('ownerId', eventId);
  return form;
}

const demoEvent = (ctx: Ctx) =>
  ctx.once('video-demo-event', async () => {
    const advisor = await ctx.s.signInStaff('advisor');
    return (await postJson(advisor, `/api/staff/timeline/visits/${await demoVisit(ctx)}/events`, { kind: 'update' }))
      .id as string;
  });

const otherCenterEvent = (ctx: Ctx) =>
  ctx.once('video-other-event', async () => {
    const advisor = await signInStaffWith(ctx.s, ctx.f.other.advisor);
    const id = await otherCenterVisit(ctx);
    return (await postJson(advisor, `/api/staff/timeline/visits/${id}/events`, { kind: 'update' })).id as string;
  });
