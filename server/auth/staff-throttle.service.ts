/**
 * Staff password sign-in is throttled like the code sign-in: per account, after a few wrong passwords
 * each further try waits twice as long (30 s, 1 min, 2 min … up to 15 min); per client address, a cap
 * on wrong passwords in a window, whatever accounts they name. Refusals are 429 with Retry-After.
 * Checked before the password, so a locked account cannot be guessed at while it waits.
 */
import { and, count, desc, eq, gt, lt } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import type { DbOrTx } from '../db/client.ts';
import { staffSignInFailures } from './staff-throttle.table.ts';

export const FREE_FAILURES_PER_ACCOUNT = 5;
export const FAILURES_PER_IP = 30;
const WINDOW_MS = 60 * 60_000;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60_000;

const key = (username: string) => username.trim().toLowerCase();

export async function checkStaffThrottle(db: DbOrTx, username: string, ip: string, now: Date): Promise<Result<null>> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const user = key(username);
  const recent = await db
    .select({ at: staffSignInFailures.at })
    .from(staffSignInFailures)
    .where(and(eq(staffSignInFailures.username, user), gt(staffSignInFailures.at, since)))
    .orderBy(desc(staffSignInFailures.at))
    .limit(50);
  if (recent.length >= FREE_FAILURES_PER_ACCOUNT) {
    const wait = Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (recent.length - FREE_FAILURES_PER_ACCOUNT));
    const until = recent[0]!.at.getTime() + wait;
    if (until > now.getTime())
      return err('rate_limited', 'Too many wrong passwords for this account; wait and try again.', {
        retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000),
      });
  }
  const [byIp] = await db
    .select({ n: count() })
    .from(staffSignInFailures)
    .where(and(eq(staffSignInFailures.ip, ip), gt(staffSignInFailures.at, since)));
  if ((byIp?.n ?? 0) >= FAILURES_PER_IP)
    return err('rate_limited', 'Too many wrong passwords from this network; try again later.', {
      retryAfterSeconds: WINDOW_MS / 1000 / 4,
    });
  return ok(null);
}

export async function recordStaffFailure(db: DbOrTx, username: string, ip: string, now: Date) {
  await db.insert(staffSignInFailures).values({ username: key(username), ip, at: now });
  // Old rows count for nothing: trim them as we go.
  await db.delete(staffSignInFailures).where(lt(staffSignInFailures.at, new Date(now.getTime() - WINDOW_MS)));
}

export async function clearStaffFailures(db: DbOrTx, username: string) {
  await db.delete(staffSignInFailures).where(eq(staffSignInFailures.username, key(username)));
}
