/**
 * Every staff write starts here: the row lock serialises a revise racing a send (or a customer's
 * decision), and the center filter makes another center's quote simply "not found".
 */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { quotes } from './quote.table.ts';

export type StaffActor = { staffId: string; centerId: string };

export async function lockQuote(tx: DbOrTx, actor: StaffActor, id: string) {
  const [q] = await tx
    .select()
    .from(quotes)
    .where(and(eq(quotes.id, id), eq(quotes.centerId, actor.centerId)))
    .for('update');
  return q ?? null;
}
