import { and, asc, eq } from 'drizzle-orm';
import type { StaffVisit } from '@shared/timeline/timeline.schema.ts';
import { serviceTypes } from '../center/center.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { boardRows, centerZone } from './board.service.ts';
import { deliveryView } from './delivery.service.ts';
import { eventViews, progressView } from './timeline.publish.ts';
import { timelineEvents } from './timeline.table.ts';

/** One visit of the center as the console shows it: the customer's rows plus the staff-only flags. */
export async function staffVisit(db: DbOrTx, centerId: string, visitId: string, now: Date): Promise<StaffVisit | null> {
  const [visit] = await db
    .select()
    .from(visits)
    .where(and(eq(visits.id, visitId), eq(visits.centerId, centerId)));
  if (!visit) return null;
  const [row] = await boardRows(db, centerId, now, visitId);
  const events = await db
    .select()
    .from(timelineEvents)
    .where(eq(timelineEvents.visitId, visit.id))
    .orderBy(asc(timelineEvents.position));
  return {
    timeZone: await centerZone(db, centerId),
    row: row!,
    progress: await progressView(db, visit),
    events: await eventViews(db, visit, events),
    delivery: await deliveryView(db, visit),
    services: await db
      .select({ code: serviceTypes.code, nameZh: serviceTypes.nameZh, nameEn: serviceTypes.nameEn })
      .from(serviceTypes)
      .where(eq(serviceTypes.centerId, centerId))
      .orderBy(asc(serviceTypes.durationMinutes)),
  };
}
