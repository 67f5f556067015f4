import { it } from 'vitest';
import { startTestServer } from '../tests/helpers/test-server.ts';
it('times', async () => {
  for (let i = 0; i < 4; i++) {
    const t = Date.now();
    const d = await startTestServer();
    console.log('start', Date.now() - t);
    await d.stop();
  }
}, 120000);
