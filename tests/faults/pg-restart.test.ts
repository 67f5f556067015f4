/**
 * PostgreSQL restarted under load, on its own cluster (initdb in a temp folder, run as the postgres
 * OS user when root): only 2xx and 503-with-Retry-After meanwhile, no 500; the same server process
 * recovers and its live stream resumes; the outage is logged by SQLSTATE / error code and the log
 * stays clean (item 6, read from the log this run wrote).
 */
import { describe, expect, it } from 'vitest';
import { recordFigures } from './figures.ts';
import { logProblems } from './log-hygiene.ts';
import { pgClusterAvailable } from '../helpers/pg-cluster.ts';
import { runPgRestart } from './scenarios/pg-restart.ts';

const why = pgClusterAvailable();

describe('PostgreSQL restarted under load', () => {
  it.skipIf(why !== null)(
    `only 2xx or 503 with Retry-After, then recovery without a restart${why ? ` (skipped: ${why})` : ''}`,
    async () => {
      const { log, ...r } = await runPgRestart({ downMs: 3000, workers: 4 });
      recordFigures('pgRestart', r);
      const summary = JSON.stringify(r);
      expect(r.fiveHundreds, summary).toBe(0);
      expect(r.other, summary).toBe(0);
      expect(r.without503RetryAfter, summary).toBe(0);
      expect(r.unavailable503, summary).toBeGreaterThan(0);
      expect(r.ok2xx, summary).toBeGreaterThan(0);
      expect(r.recoveredMs, summary).toBeGreaterThanOrEqual(0);
      expect(r.samePid, summary).toBe(true);
      expect(r.streamResumed, summary).toBe(true);
      const lines = log.split('\n').filter((l) => l.includes('"event":"database_unavailable"'));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.some((l) => /"sqlstate":"(57P01|08\w{3}|ECONNREFUSED|CONNECTION_\w+)"/.test(l))).toBe(true);
      expect(lines.every((l) => /"reason":"[^"]+"/.test(l))).toBe(true);
      expect(logProblems(log)).toEqual([]);
    },
  );
});
