/**
 * Table-driven access and validation tests over EVERY route the app registers (route-table.ts):
 * who may call it (401 / 403), bad bodies and queries (400 without echo), someone else's object (404),
 * and the JSON-only / same-origin rules for writes (415 / 403).
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
  isWrite,
  MARK,
  makeCtx,
  pathParams,
  type Req,
  type RouteSpec,
  registeredRoutes,
  send,
  signInStaffWith,
  splitKey,
  suggestedEntry,
} from './route-kit.ts';
import { ROUTES } from './route-table.ts';

const registered = registeredRoutes();
const table = Object.entries(ROUTES).filter(([key]) => registered.includes(key));
const writes = table.filter(([key]) => isWrite(key));
const guarded = table.filter(([, spec]) => spec.access !== 'public' && spec.access !== 'link');
const staffOnly = table.filter(
  (e): e is [string, RouteSpec & { access: { staff: StaffRole[] } }] => typeof e[1].access === 'object',
);
const customerOnly = table.filter(([, spec]) => spec.access === 'customer');
const withForeign = table.filter(([, spec]) => spec.foreign);

let s: TestServer;
let ctx: Ctx;

beforeAll(async () => {
  s = await startTestServer();
  ctx = makeCtx(s, await buildFixture(s));
});
afterAll(() => s?.stop());

const sampleOf = async (spec: RouteSpec): Promise<Req> => (spec.sample ? spec.sample(ctx) : {});

/**
 * One staff session per role for the whole file: each sign-in costs a password hash (scrypt, ~50 ms),
 * and signing in afresh per request was 835 hashes, most of this file's time. No staff route ends or
 * changes its caller's session; if one ever did, the next request with it would answer 401 and fail
 * the test that made it, not pass quietly.
 */
const staffCaller = (role: StaffRole) => ctx.once(`staff:${role}`, () => s.signInStaff(role));

/** The callers a route allows; customers signed in afresh (a sample may sign out or change its session). */
async function allowedCallers(access: Access): Promise<[string, Fetcher][]> {
  if (access === 'public' || access === 'link') return [['anonymous', anonymous(s)]];
  if (access === 'customer') return [['张先生', await s.signInCustomer()]];
  const roles = access === 'session' ? ALL_STAFF : access.staff;
  const staff = await Promise.all(roles.map(async (r) => [r, await staffCaller(r)] as [string, Fetcher]));
  return access === 'session' ? [['张先生', await s.signInCustomer()], ...staff] : staff;
}
const firstCaller = async (access: Access) => (await allowedCallers(access))[0]![1];

const expectError = (r: Awaited<ReturnType<typeof send>>, status: number, code?: string) => {
  expect(r.status, r.text).toBe(status);
  expect(r.type).toContain('application/json');
  expect(r.json).toMatchObject({ error: code ?? expect.any(String), message: expect.any(String) });
  expect(r.text).not.toContain(MARK);
};

describe('the route table', () => {
  it('has an entry for every route the app registers', () => {
    const missing = registered.filter((key) => !(key in ROUTES));
    expect(
      missing,
      missing.length
        ? `\n${missing.length} route(s) are registered but missing from tests/integration/route-table.ts.\n` +
            'Add one entry per route to ROUTES (the header of that file explains each field), e.g.:\n\n' +
            `${missing.map(suggestedEntry).join('\n')}\n`
        : '',
    ).toEqual([]);
  });

  it('has no entry for a route that no longer exists', () => {
    const stale = Object.keys(ROUTES).filter((key) => !registered.includes(key));
    expect(
      stale,
      `remove these entries from tests/integration/route-table.ts (or fix their "METHOD /api/path" key): ${stale.join(', ')}`,
    ).toEqual([]);
  });

  it('says how to make a bad body for every write route', () => {
    const without = writes.filter(([, spec]) => !spec.badBody).map(([key]) => key);
    expect(
      without,
      `give these entries a badBody (a body that fails validation, MARK in the wrong field): ${without.join(', ')}`,
    ).toEqual([]);
  });

  it('gives a bad query for every route whose sample has a query', async () => {
    const without: string[] = [];
    for (const [key, spec] of table) if ((await sampleOf(spec)).query && !spec.badQuery) without.push(key);
    expect(without, `give these entries a badQuery: ${without.join(', ')}`).toEqual([]);
  });

  it('names someone else’s object for every signed-in route over an object (path parameters)', () => {
    const without = table
      .filter(([key, spec]) => spec.access !== 'public' && pathParams(key).length > 0 && !spec.foreign)
      .map(([key]) => key);
    expect(
      without,
      `give these entries a foreign request (someone else's object → 404): ${without.join(', ')}`,
    ).toEqual([]);
  });
});

describe('allowed callers get the sample answered', () => {
  it.each(table)('%s', async (key, spec) => {
    for (const [who, caller] of await allowedCallers(spec.access)) {
      const r = await send(caller, key, await sampleOf(spec), spec);
      expect(r.status, `${key} as ${who}: ${r.text}`).toBe(spec.ok ?? 200);
      expect(r.type).toContain(spec.stream ? 'text/event-stream' : (spec.contentType ?? 'application/json'));
    }
  });
});

describe.runIf(guarded.length)('no session → 401', () => {
  it.each(guarded)('%s', async (key, spec) => {
    expectError(await send(anonymous(s), key, await sampleOf(spec), spec), 401, 'unauthenticated');
  });
});

describe.runIf(staffOnly.length)('staff routes refuse customers and the roles not named → 403', () => {
  it.each(staffOnly)('%s', async (key, spec) => {
    expectError(await send(await s.signInCustomer(), key, await sampleOf(spec), spec), 403, 'forbidden');
    for (const role of ALL_STAFF.filter((r) => !spec.access.staff.includes(r))) {
      const r = await send(await staffCaller(role), key, await sampleOf(spec), spec);
      expect(r.status, `${key} as ${role}`).toBe(403);
      expectError(r, 403, 'forbidden');
    }
  });

  it('includes at least one manager-only route refused to a technician', () => {
    expect(staffOnly.some(([, spec]) => !spec.access.staff.includes('technician'))).toBe(true);
  });
});

describe.runIf(customerOnly.length)('customer routes refuse staff → 403', () => {
  it.each(customerOnly)('%s', async (key, spec) => {
    expectError(await send(await staffCaller('advisor'), key, await sampleOf(spec), spec), 403, 'forbidden');
  });
});

describe.runIf(withForeign.length)('someone else’s object → 404', () => {
  it.each(withForeign)('%s', async (key, spec) => {
    const caller = await firstCaller(spec.access);
    expectError(await send(caller, key, await spec.foreign!(ctx), spec), 404, 'not_found');
  });

  it.each(withForeign)('%s: an outsider cannot reach the sample either', async (key, spec) => {
    // By default 王女士 asks for 张先生's object, and the advisor of another center for 徐汇's.
    let caller: Fetcher | null = null;
    const outsider =
      spec.outsider ??
      (spec.access === 'customer' ? 'wang' : typeof spec.access === 'object' ? 'other-advisor' : false);
    if (outsider === 'wang') caller = await ctx.once('wang', () => s.signInCustomer(DEMO_SECOND_CUSTOMER_PHONE));
    if (outsider === 'other-center') caller = await ctx.once('zhao', () => s.signInCustomer(ctx.f.other.phone));
    if (outsider === 'other-advisor' && typeof spec.access === 'object' && spec.access.staff.includes('advisor')) {
      caller = await ctx.once('other-advisor', () => signInStaffWith(s, ctx.f.other.advisor));
    }
    if (!caller) return;
    const r = await send(caller, key, await sampleOf(spec), spec);
    expect(
      r.status,
      `${key}: ${outsider} reached the sample. If the object is not private to its owner (e.g. the center's catalogue), ` +
        "set `outsider: 'other-center'` (or `outsider: false`) in its route-table entry.",
    ).toBe(404);
    expectError(r, 404, 'not_found');
  });
});

describe.runIf(writes.length)('write routes validate their body', () => {
  it.each(writes)('%s: a bad body → 400 naming the field, without echoing it', async (key, spec) => {
    if (!spec.badBody || 'none' in spec.badBody) return;
    const caller = await firstCaller(spec.access);
    const r = await send(caller, key, { ...(await sampleOf(spec)), body: spec.badBody(ctx) }, spec);
    expectError(r, 400, 'invalid');
    expect(String(r.json?.message ?? '').length).toBeGreaterThan(3);
  });

  const jsonBodies = writes.filter(([, spec]) => !spec.upload && !(spec.badBody && 'none' in spec.badBody));
  it.each(jsonBodies)('%s: malformed JSON → 400', async (key, spec) => {
    const caller = await firstCaller(spec.access);
    expectError(await send(caller, key, await sampleOf(spec), spec, { rawBody: `{"x": "${MARK}` }), 400, 'invalid');
  });

  it.each(writes)('%s: a body that is not JSON → 415', async (key, spec) => {
    const caller = await firstCaller(spec.access);
    const r = await send(caller, key, await sampleOf(spec), spec, { contentType: 'text/plain', rawBody: 'a=1' });
    expectError(r, 415, 'unsupported_media_type');
    const form = await send(caller, key, await sampleOf(spec), spec, {
      contentType: 'application/x-www-form-urlencoded',
      rawBody: 'a=1',
    });
    expectError(form, 415, 'unsupported_media_type');
  });

  it.each(writes)('%s: a foreign Origin → 403', async (key, spec) => {
    const caller = await firstCaller(spec.access);
    expectError(
      await send(caller, key, await sampleOf(spec), spec, { origin: 'https://evil.example' }),
      403,
      'forbidden',
    );
  });

  it.each(writes)('%s: our own Origin is accepted', async (key, spec) => {
    const caller = await firstCaller(spec.access);
    const r = await send(caller, key, await sampleOf(spec), spec, { origin: s.url });
    expect(r.status, r.text).toBe(spec.ok ?? 200);
  });
});

describe('queries and path parameters are validated', () => {
  const withQuery = table.filter(([, spec]) => spec.badQuery);
  it.each(withQuery)('%s: a bad query → 400 without echo', async (key, spec) => {
    const caller = await firstCaller(spec.access);
    expectError(
      await send(caller, key, { ...(await sampleOf(spec)), query: spec.badQuery!(ctx) }, spec),
      400,
      'invalid',
    );
  });

  const withParams = table.filter(([key]) => pathParams(key).length > 0);
  it.each(withParams)('%s: a malformed path parameter → 400 or 404, without echo', async (key, spec) => {
    const caller = await firstCaller(spec.access);
    const sample = await sampleOf(spec);
    for (const name of pathParams(splitKey(key).path)) {
      const r = await send(caller, key, { ...sample, params: { ...sample.params, [name]: MARK } }, spec);
      expect([400, 404], `${key} with :${name} = junk: ${r.text}`).toContain(r.status);
      expectError(r, r.status);
    }
  });

  it('an unknown /api path → 404 JSON', async () => {
    const r = await send(anonymous(s), 'GET /api/no-such-thing', {}, { access: 'public' });
    expectError(r, 404, 'not_found');
  });
});
