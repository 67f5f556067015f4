/**
 * Lines are written the same way for a new draft, an edited draft and a new version, so the checks
 * and the insert live once: a line may only cite this vehicle's findings, and a kept key carries a
 * line's identity across versions (which is what lets a customer's earlier choice be compared).
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import type { LineInput } from '@shared/quotes/staff-quote.schema.ts';
import type { DbOrTx } from '../db/client.ts';
import { findings } from '../health-record/finding.table.ts';
import { quoteLines } from './quote.table.ts';

/** Each line's finding must be one of this vehicle's; each kept key must be a line of the current version. */
export async function checkLines(
  tx: DbOrTx,
  vehicleId: string,
  lines: readonly LineInput[],
  knownKeys: ReadonlySet<string>,
): Promise<Result<null>> {
  const ids = [...new Set(lines.map((l) => l.findingId).filter((x): x is string => !!x))];
  const found = ids.length
    ? await tx
        .select({ id: findings.id })
        .from(findings)
        .where(and(inArray(findings.id, ids), eq(findings.vehicleId, vehicleId)))
    : [];
  const foundIds = new Set(found.map((f) => f.id));
  const seen = new Set<string>();
  for (const [i, l] of lines.entries()) {
    if (l.findingId && !foundIds.has(l.findingId))
      return err('invalid', `lines.${i}.findingId: not a finding of this vehicle`);
    if (l.key && (!knownKeys.has(l.key) || seen.has(l.key)))
      return err('invalid', `lines.${i}.key: not a line of this quote`);
    if (l.key) seen.add(l.key);
  }
  return ok(null);
}

export async function insertLines(tx: DbOrTx, quoteId: string, version: number, lines: readonly LineInput[]) {
  await tx.insert(quoteLines).values(
    lines.map((l, position) => ({
      quoteId,
      version,
      key: l.key ?? randomUUID(),
      position,
      tier: l.tier,
      title: l.title,
      titleEn: l.titleEn ?? null,
      partsFen: l.partsFen,
      labourFen: l.labourFen,
      findingId: l.findingId ?? null,
      consequence: l.consequence || null,
      benefit: l.benefit || null,
      risk: l.risk || null,
      serviceCode: l.serviceCode ?? null,
    })),
  );
}
