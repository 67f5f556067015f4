/**
 * One value per key name for every process on the database: the first writer wins (INSERT … ON
 * CONFLICT DO NOTHING, then read back), so processes starting together agree. `initial` is what a
 * first process offers: a key already in its data folder (an upgrade from one process keeps its links
 * and subscriptions valid), or a new random one.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { serverKeys } from './server-key.table.ts';

export async function sharedKey(db: Db, name: string, initial: () => string): Promise<string> {
  await db.insert(serverKeys).values({ name, value: initial() }).onConflictDoNothing();
  const [row] = await db.select({ value: serverKeys.value }).from(serverKeys).where(eq(serverKeys.name, name));
  if (!row) throw new Error(`server key ${name} is missing after insert`);
  return row.value;
}
