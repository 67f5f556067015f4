/** The pool of each process is an equal share of the server's connections, with room to spare. */
import { describe, expect, it } from 'vitest';
import { POOL_MAX, poolSize } from './client.ts';

describe('poolSize', () => {
  it('caps one process at POOL_MAX on a default server', () => {
    expect(poolSize(1, 100)).toBe(POOL_MAX);
    expect(poolSize(3, 100)).toBe(POOL_MAX);
  });

  it('shares a small server among its processes, leaving the listener, superusers and headroom', () => {
    // (20 - 3 reserved - 5 headroom) / 3 = 4, minus the listening connection.
    expect(poolSize(3, 20)).toBe(3);
    const processes = 8;
    const each = poolSize(processes, 60, 3);
    expect(processes * (each + 1)).toBeLessThanOrEqual(60 - 3 - 5);
  });

  it('never goes below two connections', () => {
    expect(poolSize(50, 20)).toBe(2);
  });
});
