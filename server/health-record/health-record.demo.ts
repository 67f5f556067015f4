/**
 * Seeds 张先生's Model 3 health record through the same service functions as the staff API, so the demo
 * goes through the real grading checks and publish path. Run AFTER seedTimeline: today's inspection goes
 * onto the in-progress visit that seedTimeline opens.
 */
import { and, eq } from 'drizzle-orm';
import * as v from 'valibot';
import type { ReadingComponent } from '@shared/health-record/record-codes.schema.ts';
import { RecordFindingSchema, RecordVisitSchema } from '@shared/health-record/staff-input.schema.ts';
import { DAY, MINUTE } from '@shared/time.ts';
import type { Tx } from '../db/client.ts';
import type { CoreDemo } from '../demo/seed-core.ts';
import { saveImage } from '../media/media.service.ts';
import { HISTORY } from './demo-history.ts';
import { demoImage } from './demo-photo.ts';
import { TODAY } from './demo-today.ts';
import type { DemoFinding, Reading } from './demo-visit-spec.ts';
import { publishFinding, publishVisit } from './health-record.publish.ts';
import { recordFinding, recordReadings, recordVisit, updateFinding } from './health-record.service.ts';
import { visits } from './visit.table.ts';

/** 10:00 Shanghai time on the Saturday on or before that day: 张先生 comes on Saturday mornings (seed 003). */
const at10 = (now: Date, daysAgo: number) => {
  const d = new Date(now.getTime() - daysAgo * DAY);
  const back = (d.getUTCDay() + 1) % 7; // days since the last Saturday
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - back, 2, 0));
};

const readingList = (readings: Reading) =>
  Object.entries(readings).map(([component, value]) => ({ component: component as ReadingComponent, value }));

function must<T>(r: { ok: true; value: T } | { ok: false; message?: string }): T {
  if (!r.ok) throw new Error(`seedHealthRecord: ${r.message}`);
  return r.value;
}

export async function seedHealthRecord(tx: Tx, core: CoreDemo, now: Date) {
  const advisor = { centerId: core.centerId, staffId: core.staff.advisor.id };
  const tech = { centerId: core.centerId, staffId: core.staff.technician.id };
  const owner = { customerId: core.zhang.id, vehicleId: core.model3.id };

  async function addFindings(visitId: string, list: DemoFinding[], at: Date) {
    for (const [i, f] of list.entries()) {
      const { fixedHere, photo, ...input } = f;
      const found = must(
        await recordFinding(
          tx,
          tech,
          v.parse(RecordFindingSchema, { ...input, visitId }),
          new Date(at.getTime() + (30 + i) * MINUTE),
        ),
      );
      if (photo) {
        await saveImage(
          tx,
          { ...owner, ownerKind: 'finding', ownerId: found.id, role: 'evidence', caption: photo[0] },
          await demoImage(photo),
        );
        await publishFinding(tx, found.id);
      }
      if (fixedHere) must(await updateFinding(tx, core.centerId, found.id, { fixedInVisitId: visitId }));
    }
  }

  const visitIds: string[] = [];
  for (const visitSpec of HISTORY) {
    const { daysAgo, readings, findings, photos, ...input } = visitSpec;
    const checkedInAt = at10(now, daysAgo);
    const deliveredAt = new Date(checkedInAt.getTime() + 150 * MINUTE);
    const visit = must(
      await recordVisit(
        tx,
        advisor,
        v.parse(RecordVisitSchema, {
          ...input,
          vehicleId: core.model3.id,
          technicianId: core.staff.technician.id,
          checkedInAt: checkedInAt.toISOString(),
          deliveredAt: deliveredAt.toISOString(),
          payment: input.payment ? { ...input.payment, paidAt: deliveredAt.toISOString() } : null,
        }),
        now,
      ),
    );
    visitIds.push(visit.id);
    must(
      await recordReadings(tx, core.centerId, {
        visitId: visit.id,
        readings: readingList(readings),
      }),
    );
    await addFindings(visit.id, findings, checkedInAt);
    if (photos) {
      for (const role of ['before', 'after'] as const) {
        await saveImage(
          tx,
          { ...owner, ownerKind: 'visit', ownerId: visit.id, role, caption: photos[role][0] },
          await demoImage(photos[role]),
        );
      }
      await publishVisit(tx, visit.id);
    }
  }

  const [today] = await tx
    .select()
    .from(visits)
    .where(and(eq(visits.vehicleId, core.model3.id), eq(visits.status, 'in_progress')));
  if (today) {
    must(
      await recordReadings(tx, core.centerId, {
        visitId: today.id,
        readings: readingList(TODAY.readings),
      }),
    );
    await addFindings(today.id, TODAY.findings, today.checkedInAt);
  }
  return { visitIds, todayVisitId: today?.id ?? null };
}
