import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:faults`: the fault suite (tests/faults). Server kills, a private PostgreSQL restarted
// under load, the OpenAPI fuzz and the authorization matrix; and the cluster tests (tests/cluster):
// several server processes on one PostgreSQL, behind nginx. One file at a time: each starts real
// servers as child processes and two cores are all CI has.
export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/faults/**/*.test.ts', 'tests/cluster/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
