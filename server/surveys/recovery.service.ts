/**
 * The 24-hour recovery of a low score (seed 003): a score ≤ 6 opens a case for the visit's advisor,
 * due 24 h later. Staff take it ("someone will call"), then close it saying what was done; the
 * customer may then score again, the new score kept beside the first, and a re-score ≤ 6 reopens the
 * case with a new 24-hour deadline. The overdue check (flagOverdueCases) runs in the survey job.
 */
import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import { DETRACTOR_MAX } from '@shared/surveys/nps.ts';
import { RECOVERY_DUE_MS } from '@shared/surveys/survey.schema.ts';
import type { CaseEvent } from '@shared/surveys/survey-staff.schema.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import { staff } from '../staff/staff.table.ts';
import { publishSurvey, mayRescore, type CaseRow, type SurveyRow } from './survey.view.ts';
import { recoveryCases } from './survey.table.ts';

const due = (now: Date) => new Date(now.getTime() + RECOVERY_DUE_MS);
const event = (kind: CaseEvent['kind'], now: Date, extra: Omit<CaseEvent, 'kind' | 'at'> = {}): CaseEvent => ({
  kind,
  at: now.toISOString(),
  ...extra,
});
const appendEvent = (e: CaseEvent) => sql`${recoveryCases.events} || ${JSON.stringify([e])}::jsonb`;

export async function openCase(tx: DbOrTx, s: SurveyRow, now: Date) {
  await tx
    .insert(recoveryCases)
    .values({
      visitId: s.visitId,
      centerId: s.centerId,
      customerId: s.customerId,
      assignedToId: s.advisorId,
      status: 'open',
      openedAt: now,
      dueAt: due(now),
      events: [event('opened', now, { nps: s.nps! })],
    })
    .onConflictDoNothing();
}

export async function rescoreCase(tx: DbOrTx, visitId: string, nps: number, now: Date): Promise<Result<CaseRow>> {
  const [c] = await tx.select().from(recoveryCases).where(eq(recoveryCases.visitId, visitId)).for('update');
  if (!c) return err('not_found', 'There is no case to score again.');
  if (c.status === 'open') return err('conflict', 'The case is still being handled; score again once it is resolved.');
  if (!mayRescore(c)) return err('already_answered', 'This was already scored again.');
  const reopen = nps <= DETRACTOR_MAX;
  const [row] = await tx
    .update(recoveryCases)
    .set({
      rescores: sql`${recoveryCases.rescores} || ${JSON.stringify([{ nps, at: now.toISOString() }])}::jsonb`,
      events: sql`${recoveryCases.events} || ${JSON.stringify([
        event('rescored', now, { nps }),
        ...(reopen ? [event('reopened', now)] : []),
      ])}::jsonb`,
      ...(reopen
        ? {
            status: 'open' as const,
            dueAt: due(now),
            overdueAt: null,
            escalatedToId: null,
            takenById: null,
            reopened: c.reopened + 1,
          }
        : {}),
    })
    .where(eq(recoveryCases.id, c.id))
    .returning();
  return ok(row!);
}

type Actor = { staffId: string; centerId: string; name: string };

async function lockCase(tx: DbOrTx, actor: Actor, id: string) {
  const [c] = await tx
    .select()
    .from(recoveryCases)
    .where(and(eq(recoveryCases.id, id), eq(recoveryCases.centerId, actor.centerId)))
    .for('update');
  return c ?? null;
}

/** "I will call": the customer is told who will. */
export async function takeCase(tx: DbOrTx, actor: Actor, id: string, now: Date): Promise<Result<CaseRow>> {
  const c = await lockCase(tx, actor, id);
  if (!c) return err('not_found', 'No such case.');
  if (c.status !== 'open') return err('conflict', 'This case is closed.');
  const [row] = await tx
    .update(recoveryCases)
    .set({ takenById: actor.staffId, events: appendEvent(event('taken', now, { by: actor.name })) })
    .where(eq(recoveryCases.id, id))
    .returning();
  await publishSurvey(tx, c.visitId);
  return ok(row!);
}

/** Closes with what was done; the customer may then score again. */
export async function closeCase(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  note: string,
  now: Date,
): Promise<Result<CaseRow>> {
  const c = await lockCase(tx, actor, id);
  if (!c) return err('not_found', 'No such case.');
  if (c.status !== 'open') return err('conflict', 'This case is already closed.');
  const [row] = await tx
    .update(recoveryCases)
    .set({
      status: 'closed',
      closedAt: now,
      resolution: note,
      takenById: c.takenById ?? actor.staffId,
      events: appendEvent(event('closed', now, { by: actor.name, note })),
    })
    .where(eq(recoveryCases.id, id))
    .returning();
  await publishSurvey(tx, c.visitId);
  return ok(row!);
}

/**
 * Flags open cases past their deadline, once each, and escalates them to the center's manager.
 * SKIP LOCKED keeps two processes (or a staff member closing the case) from flagging one twice.
 */
export async function flagOverdueCases(db: Db, now: Date, limit = 100): Promise<number> {
  return db.transaction(async (tx) => {
    const late = await tx
      .select()
      .from(recoveryCases)
      .where(and(eq(recoveryCases.status, 'open'), isNull(recoveryCases.overdueAt), lte(recoveryCases.dueAt, now)))
      .orderBy(asc(recoveryCases.dueAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    for (const c of late) {
      const [manager] = await tx
        .select({ id: staff.id, name: staff.name })
        .from(staff)
        .where(and(eq(staff.centerId, c.centerId), eq(staff.role, 'manager')))
        .orderBy(asc(staff.createdAt))
        .limit(1);
      await tx
        .update(recoveryCases)
        .set({
          overdueAt: now,
          escalatedToId: manager?.id ?? null,
          events: appendEvent(event('overdue', now, manager ? { by: manager.name } : {})),
        })
        .where(eq(recoveryCases.id, c.id));
    }
    return late.length;
  });
}
