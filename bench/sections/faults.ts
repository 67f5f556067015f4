/**
 * The fault suite's figures, from a shortened run of the same code as `npm run test:faults`
 * (tests/faults/scenarios): 300 mutations from 3 devices through the fault proxy with 3 SIGKILLs of the
 * server (PGlite folder), then PostgreSQL stopped for 2 s under load on a private cluster (skipped,
 * -1, where no PostgreSQL binaries are installed). lost / duplicated / pgRestart.500s must be 0.
 */
import { define, log } from '../lib/section.ts';
import { pgClusterAvailable } from '../../tests/helpers/pg-cluster.ts';
import { runKillStorm } from '../../tests/faults/scenarios/kill-storm.ts';
import { runPgRestart } from '../../tests/faults/scenarios/pg-restart.ts';

export default define({
  name: 'faults',
  run: async () => {
    const seed = Date.now() % 2 ** 31;
    log(`kill storm (seed ${seed}): 300 mutations, 3 devices, 3 × SIGKILL…`);
    const { log: _stormLog, ...storm } = await runKillStorm({ seed, count: 300, devices: 3, kills: 3 });
    const figures: Record<string, number> = {
      lost: storm.lost + storm.unfinished,
      duplicated: storm.duplicated,
      kills: storm.kills,
      acknowledged: storm.acknowledged,
      modelMismatches: storm.modelMismatches,
      maxRecoveryMs: storm.maxRecoveryMs,
      responsesDroppedAfterCommit: storm.proxy.dropResponse,
    };
    if (pgClusterAvailable() === null) {
      log('PostgreSQL restart under load (private cluster)…');
      const { log: _serverLog, ...pg } = await runPgRestart({ downMs: 2000, workers: 4 });
      figures['pgRestart.500s'] = pg.fiveHundreds + pg.other + pg.without503RetryAfter;
      figures['pgRestart.503s'] = pg.unavailable503;
      figures['pgRestart.slowest503Ms'] = pg.slowest503Ms;
      figures['pgRestart.recoveredMs'] = pg.recoveredMs;
      figures['pgRestart.streamResumed'] = pg.streamResumed ? 1 : 0;
    } else {
      log(`PostgreSQL restart skipped: ${pgClusterAvailable()}`);
      figures['pgRestart.500s'] = -1;
    }
    return figures;
  },
});
