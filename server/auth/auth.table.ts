import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, instant } from '../db/columns.ts';

/** A session row is found by the SHA-256 of the cookie's token; the token itself is never stored. */
export const sessions = pgTable(
  'session',
  {
    id: idColumn(),
    tokenHash: text('token_hash').notNull().unique(),
    kind: text('kind', { enum: ['customer', 'staff'] }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    userAgent: text('user_agent'),
    createdAt: createdAtColumn(),
    expiresAt: instant('expires_at').notNull(),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('session_subject_idx').on(t.subjectId)],
);

/** One-time sign-in codes: HMAC of the code, single use, limited attempts. */
export const otpCodes = pgTable(
  'otp_code',
  {
    id: idColumn(),
    phone: text('phone').notNull(),
    codeHash: text('code_hash').notNull(),
    ip: text('ip').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: createdAtColumn(),
    expiresAt: instant('expires_at').notNull(),
    consumedAt: instant('consumed_at'),
  },
  (t) => [index('otp_phone_idx').on(t.phone, t.createdAt), index('otp_ip_idx').on(t.ip, t.createdAt)],
);
