/**
 * Demo: 张先生's Model 3 is in the workshop today for its 20,000 km service, following seed 002's
 * story (pushes at 10:15, 10:35, 10:50, 11:10, 11:20). The story's first four steps are placed in the
 * past relative to the clock at seed time (the last one 5 minutes ago, so the quiet-time flag is not
 * up yet) with a promise still ahead; a staff sign-in posts the rest (washing, ready, delivery).
 */
import { MINUTE } from '@shared/time.ts';
import type { CoreDemo } from '../demo/seed-core.ts';
import type { Tx } from '../db/client.ts';
import { checkIn } from './check-in.service.ts';
import { lockCenterVisit, type Poster, postEvent } from './timeline.service.ts';

/** Minutes after check-in of each push in seed 002's story (10:15 → 10:35 → 10:50 → 11:10 → 11:20). */
export const STORY_OFFSETS = { checkIn: 0, inspection: 20, findings: 35, cabinFilter: 55, washed: 65 } as const;
const LAST_POSTED_MINUTES_AGO = 5;

export async function seedTimeline(tx: Tx, core: CoreDemo, now: Date) {
  const as = (role: 'advisor' | 'technician'): Poster => {
    const s = role === 'advisor' ? core.staff.advisor : core.staff.technician;
    return { staffId: s.id, name: s.name, role: s.role, centerId: core.centerId };
  };
  const start = new Date(now.getTime() - (STORY_OFFSETS.cabinFilter + LAST_POSTED_MINUTES_AGO) * MINUTE);
  const at = (offset: number) => new Date(start.getTime() + offset * MINUTE);
  const checkedIn = await checkIn(
    tx,
    as('advisor'),
    {
      vehicleId: core.model3.id,
      title: '20,000 公里常规保养',
      serviceCode: 'maintenance',
      mileageKm: 20_000,
      estimateMinutes: 90,
      note: '您的爱车已进场，开始基础保养。您提到的刹车异响，我们会重点检查。',
    },
    start,
  );
  if (!checkedIn.ok) throw new Error(`seedTimeline: ${checkedIn.message}`);
  const visitId = checkedIn.value.visit.id;
  const steps = [
    {
      offset: 5,
      by: as('technician'),
      kind: 'on_lift',
      note: '车辆已上架，开始基础保养。',
      noteEn: 'Your car is on the lift; routine maintenance has started.',
    },
    {
      offset: STORY_OFFSETS.inspection,
      by: as('technician'),
      kind: 'inspection',
      note: '基础保养完成，开始全面检测。',
      noteEn: 'Routine maintenance done; the full inspection has started.',
    },
    {
      offset: STORY_OFFSETS.findings,
      by: as('technician'),
      kind: 'finding_reported',
      note: '检测完成，发现 2 处需要注意的地方：前刹车片磨损较多，空调滤芯较脏。服务顾问稍后致电。',
      noteEn:
        'Inspection done: two things need your attention, the front brake pads are well worn and the cabin air filter is dirty. Your advisor will call you shortly.',
    },
    {
      offset: STORY_OFFSETS.cabinFilter,
      by: as('technician'),
      kind: 'part_replaced',
      note: '雨刮片已老化，按保养计划更换完成。',
      noteEn: 'The wiper blades had aged and were replaced as planned.',
    },
  ] as const;
  for (const step of steps) {
    const visit = (await lockCenterVisit(tx, core.centerId, visitId))!;
    const posted = await postEvent(
      tx,
      visit,
      step.by,
      { kind: step.kind, note: step.note, noteEn: step.noteEn },
      at(step.offset),
    );
    if (!posted.ok) throw new Error(`seedTimeline: ${posted.message}`);
  }
  return { visitId };
}
