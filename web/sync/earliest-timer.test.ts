/** The sync loop's timer keeps the earliest run asked for (a poke is never pushed back by a later ask). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { earliestTimer } from './earliest-timer.ts';

describe('earliestTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps a pending immediate run when a later one is asked for', () => {
    const run = vi.fn();
    const t = earliestTimer(run);
    t.at(0); // a poke
    t.at(300_000); // the finishing cycle's safety pull
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('brings a pending later run forward', () => {
    const run = vi.fn();
    const t = earliestTimer(run);
    t.at(300_000);
    t.at(0);
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(300_000);
    expect(run).toHaveBeenCalledTimes(1); // replaced, not added
  });

  it('takes a new ask once the pending run has fired', () => {
    const run = vi.fn();
    const t = earliestTimer(run);
    t.at(0);
    vi.advanceTimersByTime(0);
    t.at(1000);
    vi.advanceTimersByTime(999);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs nothing after cancel', () => {
    const run = vi.fn();
    const t = earliestTimer(run);
    t.at(10);
    t.cancel();
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
  });
});
