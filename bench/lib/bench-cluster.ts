/**
 * A throwaway local cluster for the bench sections: N processes with the demo on `databaseUrl`
 * (scripts/cluster/cluster.ts), silent, no built app, removed again by `stop()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster } from '../../scripts/cluster/cluster.ts';

export async function startBenchCluster(databaseUrl: string, processes: number) {
  const dir = mkdtempSync(join(tmpdir(), 'pitlane-bench-cluster-'));
  const cluster = await startCluster({
    databaseUrl,
    processes,
    dir,
    log: () => {},
    env: {
      PITLANE_DEMO: '1',
      PITLANE_PUBLIC_URL: 'http://127.0.0.1:9',
      PITLANE_DIST_DIR: join(dir, 'no-dist'),
      PITLANE_LOG: 'silent',
    },
  });
  return {
    ...cluster,
    stop: async () => {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
