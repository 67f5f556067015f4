/** The live stream's reopen delay grows with failures in a row, stays bounded and is spread out. */
import { describe, expect, it } from 'vitest';
import { streamRetryDelay } from './engine.ts';

describe('streamRetryDelay', () => {
  it('doubles from about a second up to half a minute', () => {
    const mid = (n: number) => streamRetryDelay(n, () => 0.5);
    expect(mid(1)).toBe(1000);
    expect(mid(2)).toBe(2000);
    expect(mid(3)).toBe(4000);
    expect(mid(10)).toBe(30_000);
  });

  it('spreads clients over half to one and a half times the step', () => {
    expect(streamRetryDelay(3, () => 0)).toBe(2000);
    expect(streamRetryDelay(3, () => 0.999999)).toBe(6000);
  });
});
