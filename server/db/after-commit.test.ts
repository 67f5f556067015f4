/**
 * Notices raised in a transaction leave only after it commits, once; a rolled-back transaction's never;
 * a savepoint's go with its outer transaction; outside a transaction they leave at once. PGlite and,
 * with TEST_DATABASE_URL, PostgreSQL.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dbKind, type TestDatabase } from '../../tests/helpers/test-db.ts';
import { notifyAfterCommit } from './after-commit.ts';

const CHANNEL = 'pitlane_after_commit_test';

let database: TestDatabase;
const heard: string[] = [];
let stop: () => Promise<void>;
beforeAll(async () => {
  database = await createTestDatabase();
  stop = await database.listen(CHANNEL, (p) => heard.push(p));
});
afterAll(async () => {
  await stop();
  await database.close();
});

/** Resolves once `payload` was heard, or with false after `ms` (a notice that must not come). */
async function hear(payload: string, ms = 2000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (heard.includes(payload)) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return heard.includes(payload);
}

describe(`notify after commit (${dbKind})`, () => {
  it('holds a notice until its transaction commits, then sends it once', async () => {
    let heardInside = true;
    let statementsInside = -1;
    await database.db.transaction(async (tx) => {
      // Counts what the transaction itself executes: the NOTIFY (and its commit-time lock) is not among it.
      let statements = 0;
      const counted = new Proxy(tx, {
        get: (target, key) =>
          key === 'execute'
            ? (...a: Parameters<typeof tx.execute>) => {
                statements++;
                return target.execute(...a);
              }
            : Reflect.get(target, key),
      });
      await notifyAfterCommit(counted, CHANNEL, 'committed');
      statementsInside = statements;
      await tx.execute(sql`select 1`);
      // Nothing has been sent yet: the NOTIFY is not part of this transaction at all.
      heardInside = await hear('committed', 300);
    });
    expect(statementsInside).toBe(0);
    expect(heardInside).toBe(false);
    expect(await hear('committed')).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(heard.filter((p) => p === 'committed')).toHaveLength(1);
  });

  it('drops the notices of a transaction that rolls back', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await notifyAfterCommit(tx, CHANNEL, 'rolled-back');
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await database.db.transaction(async (tx) => notifyAfterCommit(tx, CHANNEL, 'marker'));
    expect(await hear('marker')).toBe(true);
    expect(heard).not.toContain('rolled-back');
  });

  it('sends a savepoint’s notices with its outer transaction, and a notice outside any at once', async () => {
    await database.db.transaction(async (tx) => {
      await tx.transaction(async (inner) => notifyAfterCommit(inner, CHANNEL, 'from-savepoint'));
      expect(await hear('from-savepoint', 200)).toBe(false);
    });
    expect(await hear('from-savepoint')).toBe(true);
    await notifyAfterCommit(database.db, CHANNEL, 'outside');
    expect(await hear('outside')).toBe(true);
  });

  it('sends the notices of 40 concurrent commits, none lost', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `many-${i}`);
    await Promise.all(names.map((n) => database.db.transaction(async (tx) => notifyAfterCommit(tx, CHANNEL, n))));
    for (const n of names) expect(await hear(n), n).toBe(true);
  });
});
