/**
 * Sessions: an opaque random token in an HttpOnly cookie; the table keeps only its SHA-256.
 * Signing in always creates a new row (rotation), and signing out revokes the row. Every revocation
 * signals `!session:<id>` in its transaction, so each process drops its cached copy
 * (server/auth/session-cache.ts) as soon as the revocation commits.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import { SESSION_TTL_MS } from '@shared/auth/auth.schema.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import { signal } from '../sync/publish.ts';
import { customers } from '../customers/customer.table.ts';
import { staff } from '../staff/staff.table.ts';
import type { SessionInfo } from '../http/context.ts';
import { sessions } from './auth.table.ts';
import { newToken, sha256 } from './crypto.ts';

export async function createSession(
  db: Db,
  subject: { kind: 'customer' | 'staff'; id: string },
  now: Date,
  userAgent: string | undefined,
  replacingToken?: string,
): Promise<string> {
  const token = newToken();
  await db.transaction(async (tx) => {
    if (replacingToken) {
      const replaced = await tx
        .update(sessions)
        .set({ revokedAt: now })
        .where(eq(sessions.tokenHash, sha256(replacingToken)))
        .returning({ id: sessions.id });
      for (const r of replaced) await signalSessionDropped(tx, r.id);
    }
    await tx.insert(sessions).values({
      tokenHash: sha256(token),
      kind: subject.kind,
      subjectId: subject.id,
      userAgent: userAgent?.slice(0, 300) ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    });
  });
  return token;
}

export const SESSION_SIGNAL = 'session';
/** A session's subject changed (role, center, removal): every cached session of it is dropped. */
export const SUBJECT_SIGNAL = 'subject';

export const signalSessionDropped = (tx: DbOrTx, sessionId: string) => signal(tx, SESSION_SIGNAL, sessionId);
export const signalSubjectChanged = (tx: DbOrTx, subjectId: string) => signal(tx, SUBJECT_SIGNAL, subjectId);

export type FoundSession = { info: SessionInfo; expiresAt: Date };

/** The live session joined to its customer or staff member (one query; the cache saves most of them). */
export async function loadSession(db: Db, token: string, now: Date): Promise<SessionInfo | null> {
  return (await findSession(db, sha256(token), now))?.info ?? null;
}

export async function findSession(db: Db, tokenHash: string, now: Date): Promise<FoundSession | null> {
  const [row] = await db
    .select({
      id: sessions.id,
      expiresAt: sessions.expiresAt,
      kind: sessions.kind,
      subjectId: sessions.subjectId,
      customerCenterId: customers.centerId,
      staffCenterId: staff.centerId,
      staffRole: staff.role,
      staffName: staff.name,
    })
    .from(sessions)
    .leftJoin(customers, and(eq(sessions.kind, 'customer'), eq(customers.id, sessions.subjectId)))
    .leftJoin(staff, and(eq(sessions.kind, 'staff'), eq(staff.id, sessions.subjectId)))
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row) return null;
  const found = (info: SessionInfo): FoundSession => ({ info, expiresAt: row.expiresAt });
  if (row.kind === 'customer') {
    return row.customerCenterId
      ? found({ kind: 'customer', sessionId: row.id, customerId: row.subjectId, centerId: row.customerCenterId })
      : null;
  }
  return row.staffCenterId && row.staffRole && row.staffName
    ? found({
        kind: 'staff',
        sessionId: row.id,
        staffId: row.subjectId,
        centerId: row.staffCenterId,
        role: row.staffRole,
        name: row.staffName,
      })
    : null;
}

export async function revokeSession(db: Db, sessionId: string, now: Date) {
  await db.transaction(async (tx) => {
    await tx.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, sessionId));
    await signalSessionDropped(tx, sessionId);
  });
}
