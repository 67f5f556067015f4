/**
 * The rolling window moves every day: a payment that leaves it can lower the customer's tier, and
 * nothing else happens that day to republish their membership view. This pass finds the customers
 * with a payment that left the window between `from` and `to` (per center: its window and its time
 * zone) and republishes the view of those whose view changed. Run by the points expiry job's timer;
 * `from` is that process's last pass, so a restart looks back over a day again (a view that did not
 * change is not published twice: the newest published row is compared first).
 */
import { isDeepStrictEqual } from 'node:util';
import { and, desc, eq, gte, lt } from 'drizzle-orm';
import { ENTITIES } from '@shared/sync/entities.ts';
import { windowStart } from '@shared/membership/tiers.ts';
import { centers } from '../center/center.table.ts';
import type { Db } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { publish } from '../sync/publish.ts';
import { changeLog } from '../sync/sync.table.ts';
import { membershipView, settingsFor } from './membership.service.ts';

/** Customers of a center with a payment in [windowStart(from), windowStart(to)): out of the window now. */
async function lapsed(db: Db, from: Date, to: Date): Promise<string[]> {
  const found = new Set<string>();
  for (const c of await db.select({ id: centers.id, timeZone: centers.timeZone }).from(centers)) {
    const { windowMonths } = await settingsFor(db, c.id);
    const rows = await db
      .selectDistinct({ customerId: visits.customerId })
      .from(visits)
      .where(
        and(
          eq(visits.centerId, c.id),
          gte(visits.paidAt, windowStart(from, windowMonths, c.timeZone)),
          lt(visits.paidAt, windowStart(to, windowMonths, c.timeZone)),
        ),
      );
    for (const r of rows) found.add(r.customerId);
  }
  return [...found];
}

/** The same view but for when it was computed; through JSON, as the log holds it (dates as strings). */
function sameStanding(published: Record<string, unknown>, view: object) {
  const { computedAt: _a, ...was } = published;
  const { computedAt: _b, ...now } = JSON.parse(JSON.stringify(view)) as Record<string, unknown>;
  return isDeepStrictEqual(was, now);
}

/** Republishes the membership views the window's move changed; answers how many it republished. */
export async function refreshLapsedStandings(db: Db, from: Date, to: Date): Promise<number> {
  let republished = 0;
  for (const customerId of await lapsed(db, from, to)) {
    const changed = await db.transaction(async (tx) => {
      const view = await membershipView(tx, customerId, to);
      if (!view) return false;
      const [last] = await tx
        .select({ data: changeLog.data })
        .from(changeLog)
        .where(
          and(
            eq(changeLog.customerId, customerId),
            eq(changeLog.entity, ENTITIES.membership),
            eq(changeLog.entityId, customerId),
          ),
        )
        .orderBy(desc(changeLog.seq))
        .limit(1);
      if (last?.data && sameStanding(last.data, view)) return false;
      await publish(tx, { customerId, entity: ENTITIES.membership, id: customerId, data: view });
      return true;
    });
    if (changed) republished += 1;
  }
  return republished;
}
