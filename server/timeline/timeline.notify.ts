/**
 * The timeline's notifications, through the notification center's notify() in the caller's
 * transaction: "car ready" (also a Web Push kind) and a delay with its new time. Each is
 * deduplicated per visit (and per new time) so a retried request never notifies twice.
 */
import { eq } from 'drizzle-orm';
import { formatTime } from '@shared/time.ts';
import { centers } from '../center/center.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { notify } from '../notifications/notify.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import type { VisitRow } from './timeline.publish.ts';

export const VISIT_TAB_PATH = '/visit';

export async function announce(
  tx: DbOrTx,
  visit: VisitRow,
  what: 'car_ready' | 'delay',
  now: Date,
  newReadyAt?: string,
) {
  const [car] = await tx
    .select({ plate: vehicles.plate, timeZone: centers.timeZone })
    .from(vehicles)
    .innerJoin(centers, eq(centers.id, visit.centerId))
    .where(eq(vehicles.id, visit.vehicleId));
  const plate = car?.plate ?? '';
  if (what === 'car_ready') {
    await notify(tx, {
      customerId: visit.customerId,
      kind: 'car_ready',
      title: { zh: '您的爱车已可取车', en: 'Your car is ready for pickup' },
      body: { zh: `${plate} 已完工，交车总结已为您准备好。`, en: `${plate} is done; your delivery summary is ready.` },
      link: VISIT_TAB_PATH,
      at: now,
      dedupeKey: `car_ready:${visit.id}`,
    });
    return;
  }
  const zone = car?.timeZone ?? 'Asia/Shanghai';
  const time = newReadyAt ? formatTime(newReadyAt, zone, 'zh-CN') : '';
  await notify(tx, {
    customerId: visit.customerId,
    kind: 'timeline_event',
    title: { zh: '取车时间有调整', en: 'Your pickup time has changed' },
    body: {
      zh: `非常抱歉，${plate} 预计 ${time} 可取车，原因和补偿请查看进度。`,
      en: `We are sorry: ${plate} should now be ready at ${time}. See the progress page for why, and what we offer.`,
    },
    link: VISIT_TAB_PATH,
    at: now,
    dedupeKey: `delay:${visit.id}:${newReadyAt ?? ''}`,
  });
}
