import { describe, expect, it } from 'vitest';
import { authorizationHash, canonicalJson, sha256Hex, verifyAuthorization } from './canonical.ts';
import type { AuthorizationContent } from './authorization.schema.ts';

const U = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const content: AuthorizationContent = {
  id: U(1),
  quoteId: U(2),
  quoteVersion: 1,
  quoteKind: 'standard',
  customerId: U(3),
  centerId: U(4),
  vehicleId: U(5),
  visitId: U(6),
  packageChoice: 'advised',
  option: null,
  acceptedRisk: null,
  lines: [
    {
      key: U(7),
      tier: 'required',
      title: '刹车油更换',
      partsFen: 18_000,
      labourFen: 20_000,
      totalFen: 38_000,
      decision: 'approve',
      deferUntil: null,
    },
  ],
  quoteTotalFen: 38_000,
  approvedTotalFen: 38_000,
  deferredTotalFen: 0,
  declinedTotalFen: 0,
  signature: { kind: 'typed', name: '张伟' },
  signedAt: '2026-11-20T02:00:00.000Z',
  clientAt: null,
  userAgent: 'test',
  channel: 'app',
};

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: '中' }, 2] })).toBe('{"a":[{"c":"中","d":null},2],"b":1}');
  });
  it('is the same whatever order the keys came in', () => {
    const shuffled = Object.fromEntries(Object.entries(content).reverse());
    expect(canonicalJson(shuffled)).toBe(canonicalJson(content));
  });
  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
});

describe('authorization hash', () => {
  it('is SHA-256 hex of the canonical JSON', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await authorizationHash(content)).toBe(await sha256Hex(canonicalJson(content)));
  });
  it('verifies the record and catches any change to it', async () => {
    const record = { ...content, contentHash: await authorizationHash(content) };
    expect(await verifyAuthorization(record)).toBe(true);
    expect(await verifyAuthorization({ ...record, approvedTotalFen: 37_999 })).toBe(false);
    const line = { ...record.lines[0]!, decision: 'decline' as const };
    expect(await verifyAuthorization({ ...record, lines: [line] })).toBe(false);
  });
});
