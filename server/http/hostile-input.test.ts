/**
 * Input that cannot be stored is invalid input (item 2 and 7 of the hostile-input review): NUL and
 * lone surrogates in any text, numbers past their column's range, dates the calendar does not have, an
 * unknown or another center's technician. Every one is a 400 (or 404) naming the field, never a 503,
 * and the value is never echoed. Under the schemas, SQLSTATE classes 22/23 map to 400/409.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../staff/staff.service.ts';
import { buildFixture, type Fixture } from '../../tests/integration/route-kit.ts';
import { type Client, startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';
import { classifyDbError } from './db-errors.ts';

let s: TestServer;
let f: Fixture;
let advisor: Client;
let zhang: Client;
beforeAll(async () => {
  s = await startTestServer();
  f = await buildFixture(s);
  advisor = await s.signInStaff('advisor');
  zhang = await s.signInCustomer();
});
afterAll(() => s?.stop());

const HOSTILE_TEXT = ['a\u0000b', 'half \uD83D emoji', 'low \uDE00 alone'];

describe('text that cannot be stored', () => {
  it.each(HOSTILE_TEXT)('is a 400 naming the field in a staff form (%j)', async (bad) => {
    const r = await advisor.post<{ error: string; message: string }>('/api/staff/customers', {
      phone: '13611112222',
      name: bad,
    });
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('invalid');
    expect(r.body.message).toMatch(/^name: /);
    expect(JSON.stringify(r.body)).not.toContain(bad);
  });

  it('is a 400 in a query string and in a field that is a plain string', async () => {
    expect((await advisor.get('/api/staff/customers?q=%00%00')).status).toBe(400);
    const r = await s.anon.post('/api/auth/staff', { username: 'advisor', password: 'pw\u0000' });
    expect(r.status).toBe(400);
  });

  it('in a pushed mutation is a refusal of that mutation only: the batch goes on', async () => {
    const clientId = crypto.randomUUID();
    const at = new Date().toISOString();
    const r = await zhang.post<{ results: { seq: number; status: string; reason?: string }[] }>('/api/sync/push', {
      clientId,
      mutations: [
        {
          seq: 1,
          name: 'booking.create',
          args: {
            id: crypto.randomUUID(),
            vehicleId: f.zhang.vehicleId,
            serviceTypeId: crypto.randomUUID(),
            startsAt: at,
            issues: '异响\u0000',
          },
          at,
        },
        { seq: 2, name: 'preferences.set', args: { largeText: true }, at },
      ],
    });
    expect(r.status).toBe(200);
    expect(r.body.results).toMatchObject([
      { seq: 1, status: 'refused', reason: 'invalid' },
      { seq: 2, status: 'applied' },
    ]);
  });
});

describe('numbers and dates the columns cannot hold', () => {
  const visit = (extra: Record<string, unknown>) =>
    advisor.post<{ error: string; message: string }>('/api/staff/health-record/visits', {
      vehicleId: f.zhang.vehicleId,
      title: '保养',
      mileageKm: 100,
      ...extra,
    });

  it.each([
    ['mileage past any car', { mileageKm: 2 ** 31 }, 'mileageKm'],
    ['money past int4', { items: [{ title: '机油', partsFen: 2 ** 31 }] }, 'items.0.partsFen'],
    ['huge number', { mileageKm: 1e300 }, 'mileageKm'],
    ['30 February', { checkedInAt: '2026-02-30T10:00:00Z' }, 'checkedInAt'],
    ['year 0000', { checkedInAt: '0000-01-01T00:00:00Z' }, 'checkedInAt'],
    ['year 9999', { checkedInAt: '9999-12-31T00:00:00Z' }, 'checkedInAt'],
  ])('%s → 400 naming the field', async (_what, extra, field) => {
    const r = await visit(extra);
    expect(r.status).toBe(400);
    expect(r.body.message.startsWith(`${field}:`)).toBe(true);
  });

  it('an unknown technician and another center’s technician are both 404', async () => {
    const [other] = await s.db.db.transaction(async (tx) => [
      await createStaff(tx, {
        centerId: f.other.centerId,
        username: 'other-tech',
        name: '浦东技师',
        role: 'technician',
        password: 'other-tech-pw',
      }),
    ]);
    const unknown = await visit({ technicianId: crypto.randomUUID() });
    const foreign = await visit({ technicianId: (other as { id: string }).id });
    expect(unknown.status).toBe(404);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(unknown.body);
  });

  it('a calendar query with an impossible day is 400', async () => {
    expect((await advisor.get('/api/staff/booking/day?date=2026-02-30')).status).toBe(400);
    expect((await advisor.get('/api/staff/booking/day?date=2026-02-28')).status).toBe(200);
  });
});

describe('the database’s own refusals, as a safety net', () => {
  const refusal = async (query: ReturnType<typeof sql>) => {
    try {
      await s.db.db.execute(query);
    } catch (e) {
      return classifyDbError(e);
    }
    throw new Error('the database accepted it');
  };
  it('class 22 (data exception) is the request’s fault: invalid, with SQLSTATE and a reason without the value', async () => {
    const out = await refusal(sql`select 2147483648::int4`);
    expect(out).toMatchObject({ kind: 'request', code: 'invalid', sqlstate: '22003' });
    const date = await refusal(sql`select '2026-02-30'::date`);
    expect(date).toMatchObject({ kind: 'request', code: 'invalid', sqlstate: '22008' });
    expect(date!.reason).not.toContain('2026-02-30');
  });
  it('class 23 (integrity) is a conflict', async () => {
    const out = await refusal(
      sql`insert into customer (center_id, phone, name) select center_id, phone, name from customer limit 1`,
    );
    expect(out).toMatchObject({ kind: 'request', code: 'conflict', sqlstate: '23505' });
  });
  it('a lost connection is the service’s fault', () => {
    expect(classifyDbError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toMatchObject({
      kind: 'unavailable',
    });
    expect(classifyDbError(new Error('plain bug'))).toBeNull();
  });
});
