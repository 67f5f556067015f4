/** The customer's ledger rows, oldest first, and their shape for the pure rules (shared/membership/ledger.ts). */
import { asc, eq } from 'drizzle-orm';
import type { LedgerEntry } from '@shared/membership/ledger.ts';
import type { DbOrTx } from '../db/client.ts';
import { pointsEntries } from './membership.table.ts';

export type EntryRow = typeof pointsEntries.$inferSelect;

export const toLedger = (r: EntryRow): LedgerEntry => ({
  id: r.id,
  kind: r.kind,
  points: r.points,
  lotId: r.lotId,
  draws: r.draws,
  reverses: r.reverses,
  expiresAt: r.expiresAt?.toISOString() ?? null,
});

export async function ledgerRows(db: DbOrTx, customerId: string): Promise<EntryRow[]> {
  return db
    .select()
    .from(pointsEntries)
    .where(eq(pointsEntries.customerId, customerId))
    .orderBy(asc(pointsEntries.createdAt), asc(pointsEntries.id));
}
