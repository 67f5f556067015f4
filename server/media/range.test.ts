import { describe, expect, it } from 'vitest';
import { parseRange } from './range.ts';

describe('parseRange', () => {
  it('reads the ranges a video element asks for', () => {
    expect(parseRange('bytes=0-', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=100-199', 1000)).toEqual({ start: 100, end: 199 });
    expect(parseRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
  });
  it('answers the whole body without a header or for several ranges, and refuses the unsatisfiable', () => {
    expect(parseRange(undefined, 1000)).toBe('whole');
    expect(parseRange('bytes=0-1,5-6', 1000)).toBe('whole');
    expect(parseRange('bytes=1000-', 1000)).toBe('invalid');
    expect(parseRange('bytes=500-100', 1000)).toBe('invalid');
    expect(parseRange('items=0-1', 1000)).toBe('invalid');
    expect(parseRange('bytes=-', 1000)).toBe('invalid');
  });
});
