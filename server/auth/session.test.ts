/** Sessions: an opaque token in an HttpOnly cookie, stored only hashed, rotated at sign-in, revocable, expiring. */
import { SESSION_TTL_MS } from '@shared/auth/auth.schema.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, testClock } from '../../tests/helpers/test-server.ts';
import { sessions } from './auth.table.ts';
import { sha256 } from './crypto.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ clock: testClock('2026-06-01T02:00:00Z') });
});
afterAll(() => s?.stop());

const token = (cookie: string) => cookie.split('=')[1]!;
const me = (cookie: string, headers: Record<string, string> = {}) =>
  fetch(`${s.url}/api/auth/me`, { headers: { cookie, ...headers } });

describe('customer session', () => {
  it('is an opaque token whose hash alone is stored', async () => {
    const c = await s.signInCustomer();
    const t = token(c.cookie);
    expect(t.length).toBeGreaterThanOrEqual(40);
    const rows = await s.db.db.select().from(sessions);
    expect(rows.some((r) => r.tokenHash === sha256(t))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(t);
  });

  it('is rotated at sign-in: the old token stops working', async () => {
    const c = await s.signInCustomer();
    const old = c.cookie;
    expect((await c.post('/api/auth/demo')).status).toBe(200);
    expect(c.cookie).not.toBe(old);
    expect((await me(old)).status).toBe(401);
    expect((await me(c.cookie)).status).toBe(200);
  });

  it('is revoked by sign-out, and the cookie is cleared', async () => {
    const c = await s.signInCustomer();
    const cookie = c.cookie;
    const res = await c.fetch('/api/auth/signout', { method: 'POST', json: {} });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/pitlane=;.*Max-Age=0/i);
    expect((await me(cookie)).status).toBe(401);
  });

  it('expires after its lifetime', async () => {
    const c = await s.signInCustomer();
    s.clock.advance(SESSION_TTL_MS - 60_000);
    expect((await me(c.cookie)).status).toBe(200);
    s.clock.advance(120_000);
    expect((await me(c.cookie)).status).toBe(401);
  });

  it('uses a __Host- prefixed Secure cookie when served over HTTPS', async () => {
    const res = await fetch(`${s.url}/api/auth/demo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: '{}',
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-pitlane=/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const pair = cookie.split(';')[0]!;
    expect((await me(pair, { 'x-forwarded-proto': 'https' })).status).toBe(200);
  });

  it('a made-up token is no session', async () => {
    expect((await me('pitlane=not-a-real-token-not-a-real-token-xxxxxx')).status).toBe(401);
  });
});

describe('staff sign-in', () => {
  it('signs in with the right password and says who and which role', async () => {
    const c = await s.signInStaff('technician');
    expect((await c.get('/api/auth/me')).body).toMatchObject({ kind: 'staff', role: 'technician' });
  });

  it('answers a wrong password and an unknown name alike', async () => {
    const wrong = await s.anon.post('/api/auth/staff', { username: 'advisor', password: 'nope' });
    const unknown = await s.anon.post('/api/auth/staff', { username: 'nobody', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown).toEqual(wrong);
  });
});
