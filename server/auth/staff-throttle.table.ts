import { index, text } from 'drizzle-orm/pg-core';
import { pgTable } from 'drizzle-orm/pg-core';
import { idColumn, instant } from '../db/columns.ts';

/**
 * One row per failed staff sign-in, counted per account and per client address (across processes,
 * as the code sign-in counts its codes). A success clears the account's rows.
 */
export const staffSignInFailures = pgTable(
  'staff_sign_in_failure',
  {
    id: idColumn(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    at: instant('at').notNull(),
  },
  (t) => [
    index('staff_sign_in_failure_user_idx').on(t.username, t.at),
    index('staff_sign_in_failure_ip_idx').on(t.ip, t.at),
  ],
);
