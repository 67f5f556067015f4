/**
 * 10,000 requests generated from /api/openapi.json (valid, then mutated), anonymous and signed in as
 * customer and staff: no 5xx, the server is still answering, and its peak memory stays bounded. A
 * failure prints the seed and the request's index: FUZZ_SEED=<seed> npm run test:faults replays it.
 */
import { describe, expect, it } from 'vitest';
import { recordFigures } from './figures.ts';
import { logProblems } from './log-hygiene.ts';
import { runFuzz } from './scenarios/fuzz.ts';

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const count = Number(process.env.FUZZ_COUNT ?? 10_000);

describe('OpenAPI fuzz', () => {
  it(`${count} generated requests: 0 5xx, memory bounded`, async () => {
    const { log, ...r } = await runFuzz({ seed, count });
    recordFigures('fuzz', r);
    const summary = `seed ${seed} (replay: FUZZ_SEED=${seed}): ${JSON.stringify({ ...r, failures: r.failures.slice(0, 5) })}`;
    expect(r.requests, summary).toBe(count);
    expect(r.fiveHundreds, summary).toBe(0);
    expect(r.alive, summary).toBe(true);
    // Item 6: ten thousand hostile requests (CR/LF, NUL, tokens and phones in paths) leave a clean log.
    expect(logProblems(log), summary).toEqual([]);
    // Bodies are capped while they stream: 10,000 hostile requests cost at most a few hundred MiB.
    expect(r.peakRssMiB - r.baselineRssMiB, summary).toBeLessThan(512);
  });
});
