/**
 * Sessions: an opaque random token in an HttpOnly cookie; the table keeps only its SHA-256.
 * Signing in always creates a new row (rotation), and signing out revokes the row.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import { SESSION_TTL_MS } from '@shared/auth/auth.schema.ts';
import type { Db } from '../db/client.ts';
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
      await tx
        .update(sessions)
        .set({ revokedAt: now })
        .where(eq(sessions.tokenHash, sha256(replacingToken)));
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

/** One query per request: the live session joined to its customer or staff member. */
export async function loadSession(db: Db, token: string, now: Date): Promise<SessionInfo | null> {
  const [row] = await db
    .select({
      id: sessions.id,
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
    .where(and(eq(sessions.tokenHash, sha256(token)), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row) return null;
  if (row.kind === 'customer') {
    return row.customerCenterId
      ? { kind: 'customer', sessionId: row.id, customerId: row.subjectId, centerId: row.customerCenterId }
      : null;
  }
  return row.staffCenterId && row.staffRole && row.staffName
    ? {
        kind: 'staff',
        sessionId: row.id,
        staffId: row.subjectId,
        centerId: row.staffCenterId,
        role: row.staffRole,
        name: row.staffName,
      }
    : null;
}

export async function revokeSession(db: Db, sessionId: string, now: Date) {
  await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, sessionId));
}
