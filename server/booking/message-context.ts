import type { DbOrTx } from '../db/client.ts';
import type { MessageContext } from './booking.messages.ts';
import { getCenter, getServiceType } from './capacity.service.ts';

/** What the booking notifications say about a booking: when, what, where. */
export async function messageContext(
  db: DbOrTx,
  row: { centerId: string; serviceTypeId: string; startsAt: Date },
): Promise<MessageContext> {
  const center = (await getCenter(db, row.centerId))!;
  const type = (await getServiceType(db, row.centerId, row.serviceTypeId))!;
  return {
    startsAt: row.startsAt,
    durationMinutes: type.durationMinutes,
    timeZone: center.timeZone,
    service: { zh: type.nameZh, en: type.nameEn },
    center,
  };
}
