/**
 * Staff sign-in is throttled like the code sign-in: after 5 wrong passwords an account waits 30 s,
 * then twice as long after each further failure; one address cannot try more than 30 wrong passwords
 * an hour whatever accounts it names. Refusals are 429 with Retry-After; the right password is refused
 * too while the account waits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, testClock } from '../../tests/helpers/test-server.ts';
import { FAILURES_PER_IP, FREE_FAILURES_PER_ACCOUNT } from './staff-throttle.service.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ clock: testClock('2026-11-23T01:00:00Z') });
});
afterAll(() => s?.stop());

const signIn = async (username: string, password: string) => {
  const res = await s.anon.fetch('/api/auth/staff', { method: 'POST', json: { username, password } });
  return { status: res.status, retryAfter: Number(res.headers.get('retry-after') ?? 0) };
};

describe('staff sign-in throttling', () => {
  it('per account: backoff after 5 wrong passwords, doubling, and the right one waits too', async () => {
    for (let i = 0; i < FREE_FAILURES_PER_ACCOUNT; i++) expect((await signIn('advisor', 'wrong')).status).toBe(401);
    const locked = await signIn('advisor', 'pitlane-advisor');
    expect(locked).toEqual({ status: 429, retryAfter: 30 });
    s.clock.advance(31_000);
    expect((await signIn('advisor', 'wrong')).status).toBe(401);
    expect(await signIn('advisor', 'wrong')).toEqual({ status: 429, retryAfter: 60 });
    s.clock.advance(61_000);
    // Another account is not held up by this one.
    expect((await signIn('tech', 'pitlane-tech')).status).toBe(200);
    expect((await signIn('advisor', 'pitlane-advisor')).status).toBe(200);
    // A success clears the count.
    expect((await signIn('advisor', 'wrong')).status).toBe(401);
    expect((await signIn('advisor', 'pitlane-advisor')).status).toBe(200);
  });

  it('per address: a spray over many usernames is stopped', async () => {
    s.clock.advance(2 * 60 * 60_000);
    let last = { status: 0, retryAfter: 0 };
    for (let i = 0; i < FAILURES_PER_IP + 1; i++) last = await signIn(`nobody-${i}`, 'guess');
    expect(last.status).toBe(429);
    expect(last.retryAfter).toBeGreaterThan(0);
    expect((await signIn('manager', 'pitlane-manager')).status).toBe(429);
  });
});
