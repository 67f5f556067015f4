/**
 * A session revoked through one process is refused by every other within a second, although each
 * process keeps verified sessions in memory: the revocation's NOTIFY drops them. The cache lifetime is
 * set to a minute here, so only the signal can make the second process refuse in time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../faults/http.ts';
import { signInDemo } from '../faults/world.ts';
import { type Processes, startProcesses, TEST_DATABASE_URL, within } from './processes.ts';

let cluster: Processes | null = null;
beforeAll(async () => {
  if (TEST_DATABASE_URL) cluster = await startProcesses(2, { PITLANE_SESSION_CACHE_MS: '60000' });
});
afterAll(() => cluster?.stop());

describe.skipIf(!TEST_DATABASE_URL)('sessions across processes (PostgreSQL)', () => {
  it('sign-out through process 1 is refused by process 2 within a second', async () => {
    const [p1, p2] = cluster!.servers as [Processes['servers'][0], Processes['servers'][0]];
    const cookie = await signInDemo(p1.url);
    // Process 2 has verified (and cached) the session.
    for (let i = 0; i < 3; i++) expect((await call(p2.url, 'GET', '/api/vehicles', { cookie })).status).toBe(200);
    expect((await call(p1.url, 'POST', '/api/auth/signout', { cookie, json: {} })).status).toBe(200);
    expect((await call(p1.url, 'GET', '/api/vehicles', { cookie })).status).toBe(401);
    const ms = await within(1000, async () => (await call(p2.url, 'GET', '/api/vehicles', { cookie })).status === 401);
    expect(ms, 'process 2 still accepted the revoked session after 1 s').not.toBeNull();
  });

  it('a rotated session (signing in again) is refused by the other process too', async () => {
    const [p1, p2] = cluster!.servers as [Processes['servers'][0], Processes['servers'][0]];
    const old = await signInDemo(p2.url);
    expect((await call(p1.url, 'GET', '/api/auth/me', { cookie: old })).status).toBe(200);
    const again = await call(p2.url, 'POST', '/api/auth/demo', { cookie: old, json: {} });
    expect(again.status).toBe(200);
    const ms = await within(
      1000,
      async () => (await call(p1.url, 'GET', '/api/auth/me', { cookie: old })).status === 401,
    );
    expect(ms, 'process 1 still accepted the replaced session after 1 s').not.toBeNull();
  });
});
