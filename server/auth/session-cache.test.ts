/**
 * The verified-session cache: an authenticated request is answered from it, a revocation signal drops
 * the entry at once (the signal, not the lifetime, is what keeps it correct), the lifetime bounds a
 * missed signal, and a lookup that raced a drop does not store what it read.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';
import { sessions } from './auth.table.ts';
import { sha256 } from './crypto.ts';
import { sessionCache } from './session-cache.ts';
import { signalSessionDropped, signalSubjectChanged } from './session.service.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.stop());

const tokenOf = (cookie: string) => cookie.split('=')[1]!;
const sessionIdOf = async (cookie: string) => {
  const [row] = await s.db.db
    .select({ id: sessions.id })
    .from(sessions)
    .where(eq(sessions.tokenHash, sha256(tokenOf(cookie))));
  return row!.id;
};
/** Revoked in the table only, without the signal: what a missed signal would leave behind. */
const revokeSilently = (id: string) =>
  s.db.db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, id));

async function until(check: () => Promise<boolean>, ms = 5000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
}

describe('session cache', () => {
  it('serves a verified session from memory, and drops it when the revocation is signalled', async () => {
    const c = await s.signInCustomer();
    expect((await c.get('/api/vehicles')).status).toBe(200);
    const id = await sessionIdOf(c.cookie);
    await revokeSilently(id);
    // Still cached: nobody said it was revoked.
    expect((await c.get('/api/vehicles')).status).toBe(200);
    await signalSessionDropped(s.db.db, id);
    expect(await until(async () => (await c.get('/api/vehicles')).status === 401)).toBe(true);
  });

  it('a change of the subject drops all its sessions', async () => {
    const staff = await s.signInStaff('advisor');
    const me = (await staff.get<{ id: string }>('/api/auth/me')).body;
    expect((await staff.get('/api/staff/timeline/board')).status).toBe(200);
    await revokeSilently(await sessionIdOf(staff.cookie));
    await signalSubjectChanged(s.db.db, me.id);
    expect(await until(async () => (await staff.get('/api/auth/me')).status === 401)).toBe(true);
  });

  it('an entry lives only its lifetime, so a missed signal is bounded', async () => {
    let t = 0;
    const cache = sessionCache(null, { ttlMs: 1000, monotonic: () => t });
    const c = await s.signInCustomer();
    const token = tokenOf(c.cookie);
    expect(await cache.lookup(s.db.db, token, new Date())).not.toBeNull();
    await revokeSilently(await sessionIdOf(c.cookie));
    t = 999;
    expect(await cache.lookup(s.db.db, token, new Date())).not.toBeNull();
    t = 1000;
    expect(await cache.lookup(s.db.db, token, new Date())).toBeNull();
  });

  it('never outlives the session itself', async () => {
    const cache = sessionCache(null, { ttlMs: 60_000 });
    const c = await s.signInCustomer();
    const token = tokenOf(c.cookie);
    const found = await cache.lookup(s.db.db, token, new Date());
    expect(found).not.toBeNull();
    const [row] = await s.db.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, sha256(token)));
    expect(await cache.lookup(s.db.db, token, new Date(row!.expiresAt.getTime() + 1))).toBeNull();
  });

  it('a lookup that raced a drop does not keep what it read', async () => {
    const cache = sessionCache(null, { ttlMs: 60_000 });
    const c = await s.signInCustomer();
    const pending = cache.lookup(s.db.db, tokenOf(c.cookie), new Date());
    cache.dropSession(await sessionIdOf(c.cookie));
    expect(await pending).not.toBeNull();
    expect(cache.size()).toBe(0);
    await cache.lookup(s.db.db, tokenOf(c.cookie), new Date());
    expect(cache.size()).toBe(1);
  });

  it('unknown tokens are refused and not stored', async () => {
    const cache = sessionCache(null);
    expect(await cache.lookup(s.db.db, 'made-up-token-made-up-token-made-up-token', new Date())).toBeNull();
    expect(cache.size()).toBe(0);
  });
});
