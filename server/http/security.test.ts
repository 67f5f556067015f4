/** Secure headers on every answer, a CSP that allows only our own origin, and JSON-only writes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.stop());

const directives = (csp: string) =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );

describe('secure headers', () => {
  it('send a CSP that allows only our own origin', async () => {
    const res = await fetch(`${s.url}/api/health`);
    const csp = directives(res.headers.get('content-security-policy') ?? '');
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    // No directive names another host.
    for (const values of Object.values(csp))
      for (const value of values) expect(value).toMatch(/^('[\w-]+'|data:|blob:)$/);
  });

  it('send nosniff, a referrer policy and deny framing, on API errors too', async () => {
    const res = await fetch(`${s.url}/api/no-such-thing`);
    expect(res.status).toBe(404);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});

describe('writes', () => {
  it('accept application/json with a charset', async () => {
    const res = await fetch(`${s.url}/api/auth/demo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{}',
    });
    expect(res.status).toBe(200);
  });

  it('refuse a missing content type (a plain cross-site form post)', async () => {
    const res = await fetch(`${s.url}/api/auth/demo`, { method: 'POST', body: new Blob(['{}']) });
    expect(res.status).toBe(415);
  });

  it('refuse multipart on a route that takes no uploads', async () => {
    const form = new FormData();
    form.set('a', '1');
    const res = await fetch(`${s.url}/api/auth/demo`, { method: 'POST', body: form });
    expect(res.status).toBe(415);
  });

  it('never answer a server error for a huge or nested body', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const res = await fetch(`${s.url}/api/auth/code`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: deep,
    });
    expect(res.status).toBe(400);
  });
});
