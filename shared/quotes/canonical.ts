/**
 * The authorization record's content hash: SHA-256 (hex) over a canonical JSON of its content —
 * object keys sorted at every level, no whitespace, arrays in order — so the same content always
 * gives the same bytes whatever order a database or a JSON library keeps keys in. Uses Web Crypto,
 * present in browsers and in Node 20, so the customer's device can verify what the server stored.
 */
import type { AuthorizationContent, AuthorizationRecord } from './authorization.schema.ts';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    if (value === undefined) throw new TypeError('canonicalJson: undefined has no JSON form');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const authorizationHash = (content: AuthorizationContent) => sha256Hex(canonicalJson(content));

/** The record's content is everything but the hash itself. */
export function contentOf(record: AuthorizationRecord): AuthorizationContent {
  const { contentHash: _hash, ...content } = record;
  return content;
}

export async function verifyAuthorization(record: AuthorizationRecord): Promise<boolean> {
  return (await authorizationHash(contentOf(record))) === record.contentHash;
}
