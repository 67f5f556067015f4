/**
 * Demo data for 徐汇服务中心, created through the same service functions the API uses, in one
 * transaction (a crash never leaves half a demo), and only when the database has no center yet.
 * Each feature adds its part as a `seed<Feature>` step below, with numbers from the seeds.
 */
import { count } from 'drizzle-orm';
import { centers } from '../center/center.table.ts';
import type { AppDeps } from '../http/context.ts';
import { seedCore } from './seed-core.ts';

export async function seedDemo(deps: AppDeps): Promise<boolean> {
  const db = deps.database.db;
  const [existing] = await db.select({ n: count() }).from(centers);
  if ((existing?.n ?? 0) > 0) return false;
  await db.transaction(async (tx) => {
    const now = deps.clock.now();
    await seedCore(tx, now);
  });
  deps.log('Demo data created.');
  return true;
}
