/**
 * The center's live queue for a booking (shared/booking/queue.ts): the cars in the workshop now, from
 * the advisor's board — a car whose only step is "checked in" is waiting; any later step means work has
 * started — and the center's bays.
 */
import { type CenterQueue, centerQueue } from '@shared/booking/queue.ts';
import type { DbOrTx } from '../db/client.ts';
import { boardRows } from '../timeline/board.service.ts';
import { getCenter } from './capacity.service.ts';

export async function queueFor(db: DbOrTx, centerId: string, arrivesAt: Date, now: Date): Promise<CenterQueue> {
  const center = await getCenter(db, centerId);
  const rows = (await boardRows(db, centerId, now)).filter((r) => r.status === 'in_progress');
  return centerQueue({
    now: now.toISOString(),
    arrivesAt: arrivesAt.toISOString(),
    bays: center?.bays ?? 1,
    cars: rows.map((r) => ({
      checkedInAt: r.checkedInAt,
      working: r.lastEventKind !== null && r.lastEventKind !== 'checked_in',
      readyAt: r.promisedReadyAt,
      estimateMinutes: null,
    })),
  });
}
