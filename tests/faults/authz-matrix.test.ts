/**
 * The authorization matrix, generated from the route table (a new route is covered without editing
 * this file): every guarded route × every caller that is not its owner — no session, another customer
 * of the same center, a customer of another center, staff on customer routes, customers on staff
 * routes, staff roles the route does not name (a technician on a manager route), and another center's
 * advisor. Each gets 401 / 403 / 404, or — where the route is theirs too (a list of their own things)
 * — an answer that holds none of the owner's ids.
 */
import type { StaffRole } from '@shared/auth/auth.schema.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SECOND_CUSTOMER_PHONE, startTestServer, type TestServer } from '../helpers/test-server.ts';
import {
  ALL_STAFF,
  type Access,
  anonymous,
  buildFixture,
  type Ctx,
  type Fetcher,
  makeCtx,
  registeredRoutes,
  send,
  signInStaffWith,
} from '../integration/route-kit.ts';
import { ROUTES } from '../integration/route-table.ts';

const registered = registeredRoutes();
const guarded = Object.entries(ROUTES).filter(
  ([key, spec]) => registered.includes(key) && spec.access !== 'public' && spec.access !== 'link',
);

type Caller = 'anonymous' | 'wang' | 'zhao' | 'zhang' | StaffRole | 'other-advisor';
type Expect = { refuse: number[] } | { refuseOrClean: number[]; secrets: (c: Ctx) => string[] };

/** What each non-owner must get from a route with this access. */
function matrix(access: Access): [Caller, Expect][] {
  const refuse = (...s: number[]) => ({ refuse: s });
  const ownerIds = (c: Ctx) => [c.f.zhang.id, c.f.zhang.vehicleId];
  const centerIds = (c: Ctx) => [...ownerIds(c), c.f.wang.id, c.f.wang.vehicleId, c.f.centerId];
  const rows: [Caller, Expect][] = [['anonymous', refuse(401)]];
  if (access === 'session') return rows;
  if (access === 'customer') {
    for (const r of ALL_STAFF) rows.push([r, refuse(403)]);
    rows.push(['other-advisor', refuse(403)]);
    rows.push(['wang', { refuseOrClean: [403, 404], secrets: ownerIds }]);
    rows.push(['zhao', { refuseOrClean: [403, 404], secrets: (c) => [...ownerIds(c), c.f.centerId] }]);
    return rows;
  }
  if (typeof access === 'object') {
    for (const who of ['zhang', 'wang', 'zhao'] as const) rows.push([who, refuse(403)]);
    for (const r of ALL_STAFF.filter((r) => !access.staff.includes(r))) rows.push([r, refuse(403)]);
    rows.push([
      'other-advisor',
      access.staff.includes('advisor') ? { refuseOrClean: [403, 404], secrets: centerIds } : refuse(403),
    ]);
  }
  return rows;
}

let s: TestServer;
let ctx: Ctx;
const callers = new Map<Caller, Fetcher>();

beforeAll(async () => {
  s = await startTestServer();
  ctx = makeCtx(s, await buildFixture(s));
  callers.set('anonymous', anonymous(s));
  callers.set('zhang', await s.signInCustomer());
  callers.set('wang', await s.signInCustomer(DEMO_SECOND_CUSTOMER_PHONE));
  callers.set('zhao', await s.signInCustomer(ctx.f.other.phone));
  for (const r of ALL_STAFF) callers.set(r, await s.signInStaff(r));
  callers.set('other-advisor', await signInStaffWith(s, ctx.f.other.advisor));
}, 120_000);
afterAll(() => s?.stop());

describe('authorization matrix (generated from the route table)', () => {
  it('covers every guarded route', () => {
    expect(guarded.length).toBeGreaterThan(40);
  });

  it.each(guarded)('%s', async (key, spec) => {
    const sample = spec.sample ? await spec.sample(ctx) : {};
    for (const [who, want] of matrix(spec.access)) {
      const r = await send(callers.get(who)!, key, sample, spec);
      const where = `${key} as ${who}: ${r.status} ${r.text.slice(0, 200)}`;
      if ('refuse' in want) {
        expect(want.refuse, where).toContain(r.status);
        continue;
      }
      if (want.refuseOrClean.includes(r.status)) continue;
      expect(r.status, where).toBeLessThan(300);
      expect(r.status, where).toBeGreaterThanOrEqual(200);
      for (const secret of want.secrets(ctx))
        expect(r.text.includes(secret), `${where}: holds the owner's id`).toBe(false);
    }
  });
});
