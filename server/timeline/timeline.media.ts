/**
 * Photos on a timeline event go through the health record's upload route (POST /api/staff/media with
 * ownerKind 'timeline_event'); this resolver lets it find the event within the staff member's center
 * and re-publish the event with its new photo in the same transaction.
 */
import { and, eq } from 'drizzle-orm';
import type { MediaOwnerResolver } from '../media/media-owners.ts';
import { visits } from '../health-record/visit.table.ts';
import { EVENT_MEDIA_KIND, republishEvent } from './timeline.publish.ts';
import { timelineEvents } from './timeline.table.ts';

const eventOwner: MediaOwnerResolver = async (db, ownerId, centerId) => {
  const [row] = await db
    .select({ customerId: visits.customerId, vehicleId: visits.vehicleId })
    .from(timelineEvents)
    .innerJoin(visits, eq(visits.id, timelineEvents.visitId))
    .where(and(eq(timelineEvents.id, ownerId), eq(visits.centerId, centerId)));
  return row ? { ...row, republish: (tx) => republishEvent(tx, ownerId) } : null;
};

export const timelineMediaOwners = { [EVENT_MEDIA_KIND]: eventOwner };
