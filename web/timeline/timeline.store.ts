/**
 * The Visit tab's live reads, all from the device's mirror (works offline), and its one action.
 * The visit shown is the car in the workshop (in progress or ready), else the latest delivered one.
 * The delivery summary joins the health record's rows (visit, findings) with this feature's row:
 * see shared/timeline/delivery.schema.ts.
 */
import type { Accessor } from 'solid-js';
import { ENTITIES } from '@shared/sync/entities.ts';
import type { CheckKey } from '@shared/timeline/delivery.schema.ts';
import type { TimelineEvent, VisitProgress } from '@shared/timeline/timeline.schema.ts';
import { enqueue } from '../sync/outbox.ts';
import { liveRecord, liveRecords } from '../sync/records.ts';

const rank = (p: VisitProgress) => (p.status === 'delivered' ? 0 : 1);

/** The visit the tab is about: open visits first, then the most recent check-in. */
export function pickVisit(list: readonly VisitProgress[]): VisitProgress | null {
  return [...list].sort((a, b) => rank(b) - rank(a) || b.checkedInAt.localeCompare(a.checkedInAt))[0] ?? null;
}

export const liveProgress = () => liveRecords(ENTITIES.visitProgress);

/** A visit's events, newest first (by the order they were posted). */
export function liveEvents(visitId: Accessor<string | undefined>) {
  return liveRecords(ENTITIES.timelineEvent, visitId);
}
export const newestFirst = (events: readonly TimelineEvent[]) => [...events].sort((a, b) => b.position - a.position);

export const liveDelivery = (visitId: Accessor<string | undefined>) => liveRecord(ENTITIES.delivery, visitId);
export const liveVisitRecord = (visitId: Accessor<string | undefined>) => liveRecord(ENTITIES.visit, visitId);
export const liveVehicle = (vehicleId: Accessor<string | undefined>) => liveRecord(ENTITIES.vehicle, vehicleId);
export const liveFindings = (vehicleId: Accessor<string | undefined>) => liveRecords(ENTITIES.finding, vehicleId);

/** "Yes, I checked this with the advisor": queued in the outbox, shown confirmed at once. */
export const confirmCheck = (visitId: string, key: CheckKey) => enqueue('delivery.confirmCheck', { visitId, key });

/** Quotes on this visit still waiting for the customer's decision (read from the mirror, by entity name). */
export const liveWaitingQuotes = (visitId: Accessor<string | undefined>) => liveRecords(ENTITIES.quote, visitId);
