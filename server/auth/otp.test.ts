/**
 * One-time sign-in codes through the real API: expiry (controllable clock), single use, the attempt
 * limit, storage (hashed, never in clear) and the send limits per phone and per IP.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OTP_SEND_WINDOW_MS, OTP_SENDS_PER_IP, OTP_SENDS_PER_PHONE, OTP_TTL_MS } from '@shared/auth/auth.schema.ts';
import { createTestDatabase } from '../../tests/helpers/test-db.ts';
import { startTestServer, type TestServer, testClock } from '../../tests/helpers/test-server.ts';
import { startServer } from '../server.ts';
import { otpCodes } from './auth.table.ts';
import { memorySms } from './sms.ts';

let s: TestServer;
let n = 0;
/** A fresh number per test, so tests never share a code or a limit. */
const newPhone = () => `1350000${String(++n).padStart(4, '0')}`;

beforeAll(async () => {
  s = await startTestServer({ clock: testClock('2026-06-01T02:00:00Z') });
});
afterAll(() => s?.stop());
// Each test starts in a fresh send window, so the per-IP limit of one test never touches another.
beforeEach(() => s.clock.advance(OTP_SEND_WINDOW_MS + 60_000));

const post = async (path: string, json: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(s.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(json),
  });
  return {
    status: res.status,
    body: (await res.json()) as { error?: string; message?: string },
    cookie: res.headers.get('set-cookie'),
  };
};
const askCode = (phone: string, headers?: Record<string, string>) => post('/api/auth/code', { phone }, headers);
const lastCode = (phone: string) => s.sms.last(phone)?.text.match(/\b\d{6}\b/)?.[0] ?? '';
const verify = (phone: string, code: string) => post('/api/auth/verify', { phone, code });
/** A six-digit code that is not `code`. */
const wrong = (code: string, k = 1) => String((Number(code) + k) % 1_000_000).padStart(6, '0');

describe('a sign-in code', () => {
  it('is six digits, texted to the phone, and signs in once', async () => {
    const phone = newPhone();
    expect((await askCode(phone)).status).toBe(200);
    const code = lastCode(phone);
    expect(code).toMatch(/^\d{6}$/);
    const ok = await verify(phone, code);
    expect(ok.status).toBe(200);
    expect(ok.cookie).toMatch(/^pitlane=[\w-]{40,};/);
    expect(ok.cookie).toMatch(/HttpOnly/i);
    expect(ok.cookie).toMatch(/SameSite=Lax/i);
  });

  it('is not stored in clear', async () => {
    const phone = newPhone();
    await askCode(phone);
    const code = lastCode(phone);
    const rows = await s.db.db.select().from(otpCodes).where(eq(otpCodes.phone, phone));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.codeHash).not.toContain(code);
    expect(rows[0]!.codeHash.length).toBeGreaterThanOrEqual(40);
    expect(JSON.stringify(rows)).not.toContain(code);
  });

  it('is refused when reused', async () => {
    const phone = newPhone();
    await askCode(phone);
    const code = lastCode(phone);
    expect((await verify(phone, code)).status).toBe(200);
    const again = await verify(phone, code);
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('code_expired');
    expect(again.cookie).toBeNull();
  });

  it('is valid for ten minutes and refused after (controllable clock)', async () => {
    const early = newPhone();
    await askCode(early);
    s.clock.advance(OTP_TTL_MS - 1000);
    expect((await verify(early, lastCode(early))).status).toBe(200);

    const late = newPhone();
    await askCode(late);
    s.clock.advance(OTP_TTL_MS);
    const r = await verify(late, lastCode(late));
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('code_expired');
  });

  it('is dead after five wrong tries: the sixth try is refused even with the right code', async () => {
    const phone = newPhone();
    await askCode(phone);
    const code = lastCode(phone);
    for (let i = 1; i <= 4; i++) {
      const r = await verify(phone, wrong(code, i));
      expect(r.status).toBe(400);
      expect(r.body.error).toBe('code_invalid');
    }
    const fifth = await verify(phone, wrong(code, 5));
    expect(fifth.status).toBe(429);
    expect(fifth.body.error).toBe('too_many_attempts');
    const sixth = await verify(phone, code);
    expect(sixth.status).not.toBe(200);
    expect(sixth.cookie).toBeNull();
    const [row] = await s.db.db.select().from(otpCodes).where(eq(otpCodes.phone, phone));
    expect(row!.attempts).toBe(5);
  });

  it('belongs to its phone number', async () => {
    const a = newPhone();
    const b = newPhone();
    await askCode(a);
    await askCode(b);
    expect((await verify(b, lastCode(a))).status).toBe(400);
  });

  it('is replaced by a newer code for the same number', async () => {
    const phone = newPhone();
    await askCode(phone);
    const first = lastCode(phone);
    await askCode(phone);
    const second = lastCode(phone);
    if (first !== second) expect((await verify(phone, first)).status).toBe(400);
    expect((await verify(phone, second)).status).toBe(200);
  });

  it('cannot be verified when none was asked for', async () => {
    const r = await verify(newPhone(), '123456');
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('code_expired');
  });
});

describe('code sends are limited', () => {
  it(`per phone: ${OTP_SENDS_PER_PHONE} an hour, then refused until the window passes`, async () => {
    const phone = newPhone();
    for (let i = 0; i < OTP_SENDS_PER_PHONE; i++) expect((await askCode(phone)).status).toBe(200);
    const sent = s.sms.sent.length;
    const refused = await askCode(phone);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toBe('rate_limited');
    expect(s.sms.sent.length).toBe(sent); // nothing texted
    s.clock.advance(OTP_SEND_WINDOW_MS + 1000);
    expect((await askCode(phone)).status).toBe(200);
  });

  it(`per IP: ${OTP_SENDS_PER_IP} an hour across numbers, and X-Forwarded-For does not get around it`, async () => {
    for (let i = 0; i < OTP_SENDS_PER_IP; i++) expect((await askCode(newPhone())).status).toBe(200);
    const refused = await askCode(newPhone());
    expect(refused.status).toBe(429);
    expect(refused.body.error).toBe('rate_limited');
    // Without a configured proxy the header is the caller's own words.
    expect((await askCode(newPhone(), { 'x-forwarded-for': '203.0.113.9' })).status).toBe(429);
    s.clock.advance(OTP_SEND_WINDOW_MS + 1000);
    expect((await askCode(newPhone())).status).toBe(200);
  });

  it('behind a configured proxy, counts per forwarded client address', async () => {
    const db = await createTestDatabase();
    const proxied = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir: '/tmp/pitlane-test-unused',
      demo: false,
      secret: 'test-secret-test-secret-test-secret-0123',
      database: db,
      sms: memorySms(),
      trustProxy: true,
      log: () => {},
    });
    try {
      const ask = (phone: string, ip: string) =>
        fetch(`http://127.0.0.1:${proxied.port}/api/auth/code`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.0.1, ${ip}` },
          body: JSON.stringify({ phone }),
        });
      for (let i = 0; i < OTP_SENDS_PER_IP; i++) expect((await ask(newPhone(), '198.51.100.1')).status).toBe(200);
      expect((await ask(newPhone(), '198.51.100.1')).status).toBe(429);
      expect((await ask(newPhone(), '198.51.100.2')).status).toBe(200);
      const ips = await db.db.selectDistinct({ ip: otpCodes.ip }).from(otpCodes);
      expect(ips.map((r) => r.ip).sort()).toEqual(['198.51.100.1', '198.51.100.2']);
    } finally {
      await proxied.close();
      await db.close();
    }
  });
});
