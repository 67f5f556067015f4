/**
 * What one process signs, every process accepts, without PITLANE_SECRET and with a data folder each
 * (as on separate machines): a sign-in code texted through process 1 verifies through process 2, and
 * all processes offer the same Web Push key (a subscription made through one is sent to by any).
 * Their sign-in code limits are the database's, so three processes give a phone no more codes than one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OTP_SENDS_PER_PHONE } from '@shared/auth/auth.schema.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, json } from '../faults/http.ts';
import { type Processes, startProcesses, TEST_DATABASE_URL } from './processes.ts';

let cluster: Processes | null = null;
beforeAll(async () => {
  // No shared secret configured: each process would otherwise make its own.
  if (TEST_DATABASE_URL) cluster = await startProcesses(3, { PITLANE_SECRET: undefined as unknown as string });
});
afterAll(() => cluster?.stop());

const codeFor = (dataDir: string, phone: string) =>
  readFileSync(join(dataDir, 'sms-outbox.log'), 'utf8')
    .split('\n')
    .filter((l) => l.includes(` ${phone} otp:`))
    .at(-1)
    ?.match(/\b(\d{6})\b/)?.[1];

describe.skipIf(!TEST_DATABASE_URL)('keys and limits shared by processes (PostgreSQL)', () => {
  it('a code texted through process 1 signs in through process 2', async () => {
    const [p1, p2] = cluster!.servers as [Processes['servers'][0], Processes['servers'][0]];
    const phone = '13900001111';
    expect((await call(p1.url, 'POST', '/api/auth/code', { json: { phone } })).status).toBe(200);
    const code = codeFor(p1.dataDir, phone);
    expect(code).toMatch(/^\d{6}$/);
    const r = await call(p2.url, 'POST', '/api/auth/verify', { json: { phone, code } });
    expect(r.status, r.text).toBe(200);
  });

  it('every process offers the same Web Push key', async () => {
    const keys = await Promise.all(
      cluster!.servers.map(async (s) => json<{ publicKey: string }>(await call(s.url, 'GET', '/api/push/key'))),
    );
    expect(keys[0]?.publicKey).toBeTruthy();
    expect(new Set(keys.map((k) => k?.publicKey)).size).toBe(1);
  });

  it('the per-phone code limit counts codes sent through any process', async () => {
    const phone = '13900002222';
    const single: number[] = [];
    for (let i = 0; i < 12; i++) {
      const p = cluster!.servers[i % 3]!;
      single.push((await call(p.url, 'POST', '/api/auth/code', { json: { phone } })).status);
    }
    const sent = single.filter((s) => s === 200).length;
    expect(single.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect(single).toContain(429);
    // Exactly one process's allowance, however the requests were spread.
    expect(sent).toBe(OTP_SENDS_PER_PHONE);
    expect(single.slice(0, sent).every((s) => s === 200)).toBe(true);
  });
});
