/**
 * The OpenAPI fuzz of the fault suite, shortened: 2,000 requests generated from /api/openapi.json
 * (valid, then mutated) against the real server as a child process; 5xx must be 0. peakRssMiB is the
 * child's VmHWM (/proc), which includes its start-up (PGlite's initdb and the demo seed): baselineRssMiB.
 */
import { define, log } from '../lib/section.ts';
import { runFuzz } from '../../tests/faults/scenarios/fuzz.ts';

export default define({
  name: 'fuzz',
  run: async () => {
    const seed = Date.now() % 2 ** 31;
    log(`fuzz (seed ${seed}): 2,000 requests…`);
    const started = performance.now();
    const r = await runFuzz({ seed, count: 2000 });
    return {
      requests: r.requests,
      '5xx': r.fiveHundreds,
      peakRssMiB: r.peakRssMiB,
      baselineRssMiB: r.baselineRssMiB,
      reqPerSec: Math.round(r.requests / ((performance.now() - started) / 1000)),
    };
  },
});
