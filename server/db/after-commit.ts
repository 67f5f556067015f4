/**
 * NOTIFY after commit, not inside the writing transaction.
 *
 * PostgreSQL takes one database-wide lock at the commit of every transaction that ran NOTIFY, so
 * notifying inside the write serialises all committing pushes: the bench (`npm run bench -- cluster`,
 * notifyCostPct) measured about 30 % fewer commits per second on this machine. Instead, a notice raised
 * in a transaction is held until that transaction commits (dropped if it rolls back), and one sender
 * per database sends everything that committed meanwhile in a single statement, so the lock is taken
 * once per batch by one connection. The price: a process killed between a commit and its send leaves
 * other processes' streams unpoked; their clients still get the change at their next pull (every
 * reconnect pulls from the client's own cursor), so nothing is lost, only late. docs/scale-out.md.
 *
 * The transaction is known from AsyncLocalStorage: `withAfterCommit` wraps `db.transaction`, so a
 * savepoint (tx.transaction) shares its outer transaction's notices, while a separate db.transaction
 * started inside another keeps its own.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from './client.ts';

type Notice = { channel: string; payload: string };
type Held = { notices: Notice[] };

const held = new AsyncLocalStorage<Held>();
const senders = new WeakMap<Db, Sender>();

type Sender = { send: (notices: Notice[]) => void; drain: () => Promise<void> };

function sender(db: Db): Sender {
  let queued: Notice[] = [];
  let sending: Promise<void> | null = null;
  const flush = () => {
    if (sending || queued.length === 0) return;
    const batch = queued;
    queued = [];
    // One JSON parameter: both drivers pass it the same way (array parameters differ between them).
    sending = db
      .execute(
        sql`select pg_notify(n->>'channel', n->>'payload') from json_array_elements(${JSON.stringify(batch)}::json) n`,
      )
      .then(
        () => undefined,
        // The database is away: the notices are lost, not the changes (clients pull on reconnect, and
        // live hubs poke every stream when their listener comes back).
        () => undefined,
      )
      .finally(() => {
        sending = null;
        flush();
      });
  };
  return {
    send(notices) {
      queued.push(...notices);
      flush();
    },
    async drain() {
      while (sending) await sending;
    },
  };
}

/** Makes `db.transaction` hold notices until commit (openDatabase applies it to every database). */
export function withAfterCommit(db: Db): Db {
  const own = sender(db);
  senders.set(db, own);
  const transaction = db.transaction.bind(db);
  Object.defineProperty(db, 'transaction', {
    value: (async (run, config) => {
      const mine: Held = { notices: [] };
      const result = await held.run(mine, () => transaction(run, config));
      if (mine.notices.length) own.send(mine.notices);
      return result;
    }) as Db['transaction'],
  });
  return db;
}

/** Waits for notices being sent (shutdown: before the pool closes). */
export function drainNotices(db: Db) {
  return senders.get(db)?.drain() ?? Promise.resolve();
}

const inTransaction = (tx: DbOrTx) => 'rollback' in tx;

/**
 * NOTIFY `payload` on `channel` once the caller's transaction commits; outside a transaction, now.
 */
export async function notifyAfterCommit(tx: DbOrTx, channel: string, payload: string) {
  const store = inTransaction(tx) ? held.getStore() : undefined;
  if (store) store.notices.push({ channel, payload });
  else await tx.execute(sql`select pg_notify(${channel}, ${payload})`);
}
