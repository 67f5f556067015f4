/**
 * Building a quote: a draft from a visit's findings, then revisions. A draft nobody has seen is
 * edited in place; a sent quote gets a new version instead, so an approval of the old version can be
 * refused and the customer is told to look again.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import type { CreateQuote, ReviseQuote } from '@shared/quotes/staff-quote.schema.ts';
import type { DbOrTx } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { announce } from './quote-announce.ts';
import { checkLines, insertLines } from './quote-lines.ts';
import { lockQuote, type StaffActor } from './quote-lock.ts';
import { quoteLines, quotes, quoteVersions } from './quote.table.ts';
import { linesOf, publishQuote } from './quote.views.ts';

export async function createQuote(
  tx: DbOrTx,
  actor: StaffActor,
  input: CreateQuote,
  now: Date,
): Promise<Result<string>> {
  const [visit] = await tx
    .select()
    .from(visits)
    .where(and(eq(visits.id, input.visitId), eq(visits.centerId, actor.centerId)));
  if (!visit) return err('not_found', 'No such visit.');
  if (visit.status === 'delivered')
    return err('conflict', 'The car was already delivered; quote the next visit instead.');
  const checked = await checkLines(tx, visit.vehicleId, input.lines, new Set());
  if (!checked.ok) return checked;
  const id = randomUUID();
  await tx.insert(quotes).values({
    id,
    centerId: visit.centerId,
    customerId: visit.customerId,
    vehicleId: visit.vehicleId,
    visitId: visit.id,
    kind: input.kind,
    status: 'draft',
    version: 1,
    title: input.title,
    note: input.note ?? null,
    createdById: actor.staffId,
    createdAt: now,
  });
  await tx.insert(quoteVersions).values({ quoteId: id, version: 1, createdById: actor.staffId, createdAt: now });
  await insertLines(tx, id, 1, input.lines);
  return ok(id);
}

export async function reviseQuote(
  tx: DbOrTx,
  actor: StaffActor,
  id: string,
  input: ReviseQuote,
  now: Date,
): Promise<Result<number>> {
  const q = await lockQuote(tx, actor, id);
  if (!q) return err('not_found', 'No such quote.');
  if (q.status === 'decided') return err('conflict', 'The customer already decided this quote; create a new one.');
  if (q.status === 'withdrawn') return err('gone', 'This quote was withdrawn.');
  const current = await linesOf(tx, q.id, q.version);
  const checked = await checkLines(tx, q.vehicleId, input.lines, new Set(current.map((l) => l.key)));
  if (!checked.ok) return checked;
  const fields = {
    ...(input.title ? { title: input.title } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
  };
  if (q.status === 'draft') {
    // Nobody has seen a draft: change it in place.
    await tx.delete(quoteLines).where(and(eq(quoteLines.quoteId, q.id), eq(quoteLines.version, q.version)));
    await insertLines(tx, q.id, q.version, input.lines);
    if (Object.keys(fields).length) await tx.update(quotes).set(fields).where(eq(quotes.id, q.id));
    return ok(q.version);
  }
  const version = q.version + 1;
  await tx
    .insert(quoteVersions)
    .values({ quoteId: q.id, version, reason: input.reason ?? null, createdById: actor.staffId, createdAt: now });
  await insertLines(tx, q.id, version, input.lines);
  const [updated] = await tx
    .update(quotes)
    .set({ ...fields, version })
    .where(eq(quotes.id, q.id))
    .returning();
  await publishQuote(tx, q.id);
  await announce(tx, updated!, now, true);
  return ok(version);
}
