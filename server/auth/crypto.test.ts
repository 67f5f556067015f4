import { describe, expect, it } from 'vitest';
import { hashPassword, newOtp, newToken, verifyPassword } from './crypto.ts';

describe('passwords', () => {
  it('verify the right one and refuse a wrong one', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).not.toContain('correct horse');
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('wrong horse', stored)).toBe(false);
  });

  it('refuse, never throw, on a malformed stored hash', async () => {
    for (const stored of ['', '00:00', 'zz', 'abcd:', ':abcd', '00:0011'])
      expect(await verifyPassword('x', stored)).toBe(false);
  });
});

describe('random values', () => {
  it('codes are six digits and tokens are long and distinct', () => {
    const codes = Array.from({ length: 200 }, newOtp);
    for (const c of codes) expect(c).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(190);
    expect(newToken()).toMatch(/^[\w-]{43}$/);
    expect(newToken()).not.toBe(newToken());
  });
});
