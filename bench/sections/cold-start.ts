/** Cold start of the real server on a fresh PGlite folder (initdb, migrations, demo seed) to its first API answer, then a restart on that folder. */
import { define, log } from '../lib/section.ts';
import { spawnServer } from '../lib/server.ts';

export default define({
  name: 'cold-start',
  run: async () => {
    log('cold start on a fresh PGlite folder…');
    const first = await spawnServer();
    await first.stop();
    log('restart on the same folder…');
    const again = await spawnServer({ dataDir: first.dataDir });
    await again.stop();
    first.remove();
    return { firstStartMs: Math.round(first.startMs), restartMs: Math.round(again.startMs) };
  },
});
