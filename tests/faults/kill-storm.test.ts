/**
 * 1,000 mutations from 5 devices through a fault proxy (cuts before the request, responses dropped
 * after the commit, cuts mid-response, delays) while the server is SIGKILLed 3 times and restarted:
 * 0 lost, 0 applied twice, and the final state equals a model of the mutations. On the embedded
 * database (a folder on disk) and, with TEST_DATABASE_URL, on PostgreSQL. A failure prints its seed;
 * FAULT_SEED=<n> replays it.
 */
import { describe, expect, it } from 'vitest';
import { throwawayDatabase, TEST_DATABASE_URL } from './pg-database.ts';
import { recordFigures } from './figures.ts';
import { logProblems } from './log-hygiene.ts';
import { runKillStorm } from './scenarios/kill-storm.ts';

const seed = Number(process.env.FAULT_SEED ?? Date.now() % 2 ** 31);

describe.each([
  ['the embedded database', false],
  ['PostgreSQL', true],
] as const)('kill -9 storm on %s', (_name, onPostgres) => {
  it.skipIf(onPostgres && !TEST_DATABASE_URL)(
    'nothing lost, nothing applied twice, state equals the model',
    async () => {
      const db = onPostgres ? await throwawayDatabase() : null;
      try {
        const { log, ...r } = await runKillStorm({
          seed,
          count: 1000,
          devices: 5,
          kills: 3,
          ...(db ? { databaseUrl: db.url } : {}),
        });
        const summary = `seed ${seed} (replay: FAULT_SEED=${seed} npm run test:faults): ${JSON.stringify(r)}`;
        recordFigures(onPostgres ? 'killStorm.postgres' : 'killStorm.pglite', r);
        expect(r.kills, summary).toBeGreaterThanOrEqual(3);
        expect(r.unfinished, summary).toBe(0);
        expect(r.acknowledged, summary).toBe(1000);
        expect(r.lost, summary).toBe(0);
        expect(r.duplicated, summary).toBe(0);
        expect(r.refused, summary).toBe(0);
        expect(r.modelMismatches, summary).toBe(0);
        expect(r.proxy.dropResponse, summary).toBeGreaterThan(0);
        // Item 6: the log of four starts, five code sign-ins and a thousand pushes holds no phone, no
        // token, no name, one JSON event a line.
        expect(logProblems(log)).toEqual([]);
        expect(log).toContain('"event":"sms"');
      } finally {
        await db?.drop();
      }
    },
  );
});
