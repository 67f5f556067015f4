/**
 * One HTTP byte range (RFC 9110 §14): what a video element asks for ("bytes=0-", "bytes=1000-1999",
 * "bytes=-500"). Several ranges in one header are answered with the whole body (allowed, and players
 * never ask for them); an unsatisfiable range is 'invalid' (416).
 */
export type ByteRange = { start: number; end: number } | 'whole' | 'invalid';

export function parseRange(header: string | undefined | null, size: number): ByteRange {
  if (!header) return 'whole';
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return header.includes(',') ? 'whole' : 'invalid';
  const [, a, b] = m as unknown as [string, string, string];
  if (a === '' && b === '') return 'invalid';
  if (a === '') {
    const suffix = Number(b);
    if (suffix === 0 || size === 0) return 'invalid';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(a);
  const end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  if (start >= size || end < start) return 'invalid';
  return { start, end };
}
