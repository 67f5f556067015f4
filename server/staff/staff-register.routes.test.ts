/**
 * Registering a customer reveals nothing about other centers (a phone known elsewhere is answered
 * like an unknown one), and a phone that is a customer of two centers signs in at the home center.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type Fixture, signInStaffWith } from '../../tests/integration/route-kit.ts';
import { DEMO_CUSTOMER_PHONE, startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';

type Card = { id: string };

let s: TestServer;
let f: Fixture;
beforeAll(async () => {
  s = await startTestServer();
  f = await buildFixture(s);
});
afterAll(() => s.stop());

describe('POST /api/staff/customers', () => {
  it('answers a phone of another center exactly as an unknown phone', async () => {
    const advisor = await s.signInStaff('advisor');
    const unknown = await advisor.post<Card>('/api/staff/customers', { phone: '13911112222', name: '孙女士' });
    const elsewhere = await advisor.post<Card>('/api/staff/customers', { phone: f.other.phone, name: '赵先生' });
    expect(unknown.status).toBe(201);
    expect(elsewhere.status).toBe(201);
    expect(Object.keys(elsewhere.body).sort()).toEqual(Object.keys(unknown.body).sort());
    // A record of this center's own: nothing of the other center's customer or car comes with it.
    expect(elsewhere.body.id).not.toBe(f.other.customerId);
    expect(JSON.stringify(elsewhere.body)).not.toContain('沪AZ00001');
  });

  it('refuses a phone that is already this center’s customer, with a clear 409', async () => {
    const advisor = await s.signInStaff('advisor');
    const again = await advisor.post('/api/staff/customers', { phone: DEMO_CUSTOMER_PHONE, name: '张先生' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'conflict' });
    expect(JSON.stringify(again.body)).not.toContain(DEMO_CUSTOMER_PHONE);
  });

  it('a phone known only to another center signs in there; once this center registers it, here', async () => {
    const phone = '13722223333';
    const pudong = await signInStaffWith(s, f.other.advisor);
    const there = await pudong.fetch('/api/staff/customers', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone, name: '钱先生' }),
    });
    expect(there.status).toBe(201);
    const first = await s.signInCustomer(phone);
    expect((await first.get<{ id: string }>('/api/auth/me')).body.id).toBe((await there.json()).id);

    const advisor = await s.signInStaff('advisor');
    const here = await advisor.post<Card>('/api/staff/customers', { phone, name: '钱先生' });
    expect(here.status).toBe(201);
    const again = await s.signInCustomer(phone);
    expect((await again.get<{ id: string }>('/api/auth/me')).body.id).toBe(here.body.id);
  });
});
