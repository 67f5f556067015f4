/**
 * Item 0: one process per embedded database folder. Two real servers on one PITLANE_DATA_DIR: the
 * second refuses to start and names the first's PID; a lock left by a SIGKILLed server is taken over.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../server/db/data-dir-lock.ts';
import { type ChildServer, freePort, runToExit, startChildServer } from './child-server.ts';

describe('the embedded database folder is held by one process', () => {
  let first: ChildServer | undefined;
  afterAll(async () => {
    await first?.stop();
    first?.remove();
  });

  it('a second server on the same folder refuses to start, naming the holder', async () => {
    first = await startChildServer();
    const second = await runToExit({ port: await freePort(), dataDir: first.dataDir });
    expect(second.code).not.toBe(0);
    expect(second.output).toContain(`PID ${first.pid()}`);
    expect(second.output).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
  });

  it('a lock left by a killed server is taken over; a clean stop releases it', async () => {
    await first!.kill(); // SIGKILL: the lock file stays behind
    await first!.start();
    expect((await fetch(`${first!.url}/api/health`)).status).toBe(200);
    await first!.stop();
    // A lock naming a PID that does not exist (a crash long ago) is stale too.
    writeFileSync(join(first!.dataDir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 17, startedAt: '1' }));
    await first!.start();
    expect((await fetch(`${first!.url}/api/health`)).status).toBe(200);
  });
});
