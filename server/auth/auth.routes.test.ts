import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.stop());

describe('auth routes', () => {
  it('signs the demo customer in and answers /me', async () => {
    const c = await s.signInCustomer();
    const me = await c.get<{ name: string; kind: string }>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ kind: 'customer', name: '张先生' });
  });

  it('signs out and revokes the session', async () => {
    const c = await s.signInCustomer();
    const old = c.cookie;
    expect((await c.post('/api/auth/signout')).status).toBe(200);
    c.cookie = old;
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });
});
