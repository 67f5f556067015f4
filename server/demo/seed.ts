/**
 * Demo data for 徐汇服务中心, created through the same service functions the API uses, in one
 * transaction (a crash never leaves half a demo), and only when the database has no center yet.
 * Each feature adds its part as a `seed<Feature>` step below, with numbers from the seeds.
 */
import { logLine } from '../http/log.ts';
import { count, sql } from 'drizzle-orm';
import { centers } from '../center/center.table.ts';
import type { AppDeps } from '../http/context.ts';
import { seedCore } from './seed-core.ts';
import { seedHealthRecord } from '../health-record/health-record.demo.ts';
import { seedTimeline } from '../timeline/timeline.demo.ts';
import { seedBooking } from '../booking/booking.demo.ts';
import { seedQuotes } from '../quotes/quotes.demo.ts';
import { seedReferral } from '../referral/referral.demo.ts';
import { seedMembership } from '../membership/membership.demo.ts';
import { seedSurveys } from '../surveys/survey.demo.ts';
import { seedFamily } from '../family/family.demo.ts';

export async function seedDemo(deps: AppDeps): Promise<boolean> {
  const db = deps.database.db;
  const seeded = await db.transaction(async (tx) => {
    // One seeder at a time: a second process starting at once on the same PostgreSQL waits here,
    // then finds the center and seeds nothing. It waits as long as the first one seeds: on a loaded
    // machine that is longer than the pool's 15 s statement limit, which would fail the second start.
    await tx.execute(sql`set local statement_timeout = 0`);
    await tx.execute(sql`select pg_advisory_xact_lock(727275)`);
    const [existing] = await tx.select({ n: count() }).from(centers);
    if ((existing?.n ?? 0) > 0) return false;
    const now = deps.clock.now();
    const core = await seedCore(tx, now);
    await seedTimeline(tx, core, now);
    const record = await seedHealthRecord(tx, core, now);
    await seedMembership(tx, core, now, record.visitIds);
    await seedBooking(tx, core, now);
    await seedQuotes(tx, core, now, deps);
    await seedReferral(tx, core, now);
    await seedSurveys(tx, core, now);
    await seedFamily(tx, core, now);
    return true;
  });
  if (seeded) deps.log(logLine('demo_seeded'));
  return seeded;
}
