/**
 * Builds the customer-facing view rows of the health record from the tables, in batches (one query per
 * table for any number of visits or findings), so publishing one row and listing a ten-year history
 * share the same code. `share` adds the share-link token to media URLs for the public page.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { FindingView, ReadingView } from '@shared/health-record/record-view.schema.ts';
import type { VisitView } from '@shared/health-record/visit-view.schema.ts';
import { warrantyEnd } from '@shared/health-record/dates.ts';
import { zonedDate } from '@shared/time.ts';
import { centers } from '../center/center.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { mediaOfOwners, mediaView } from '../media/media.service.ts';
import { staff } from '../staff/staff.table.ts';
import { findings, readings } from './finding.table.ts';
import { visitItems, visits } from './visit.table.ts';

type Opts = { share?: string };
type VisitRow = typeof visits.$inferSelect;
type FindingRow = typeof findings.$inferSelect;
type ReadingRow = typeof readings.$inferSelect;

async function staffNames(db: DbOrTx, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: staff.id, name: staff.name }).from(staff).where(inArray(staff.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function zoneOfCenters(db: DbOrTx, ids: string[]) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: centers.id, tz: centers.timeZone })
    .from(centers)
    .where(inArray(centers.id, wanted));
  return new Map(rows.map((r) => [r.id, r.tz]));
}

export async function visitViews(db: DbOrTx, rows: VisitRow[], opts: Opts = {}): Promise<VisitView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const items = await db
    .select()
    .from(visitItems)
    .where(inArray(visitItems.visitId, ids))
    .orderBy(asc(visitItems.position), asc(visitItems.id));
  const names = await staffNames(
    db,
    rows.flatMap((r) => [r.advisorId, r.technicianId]),
  );
  const zones = await zoneOfCenters(
    db,
    rows.map((r) => r.centerId),
  );
  const photos = await mediaOfOwners(db, 'visit', ids);
  return rows.map((r) => {
    const lines = items.filter((i) => i.visitId === r.id);
    const partsFen = lines.reduce((a, i) => a + i.partsFen, 0);
    const labourFen = lines.reduce((a, i) => a + i.labourFen, 0);
    const zone = zones.get(r.centerId) ?? 'Asia/Shanghai';
    return {
      id: r.id,
      vehicleId: r.vehicleId,
      status: r.status,
      serviceCode: r.serviceCode,
      title: r.title,
      mileageKm: r.mileageKm,
      advisorName: r.advisorId ? (names.get(r.advisorId) ?? null) : null,
      technicianName: r.technicianId ? (names.get(r.technicianId) ?? null) : null,
      checkedInAt: r.checkedInAt.toISOString(),
      deliveredAt: r.deliveredAt?.toISOString() ?? null,
      items: lines.map((i) => ({
        id: i.id,
        title: i.title,
        titleEn: i.titleEn,
        partName: i.partName,
        partsFen: i.partsFen,
        labourFen: i.labourFen,
      })),
      partsFen,
      labourFen,
      totalFen: r.totalFen,
      paidFen: r.paidFen,
      paidAt: r.paidAt?.toISOString() ?? null,
      paymentMethod: r.paymentMethod,
      warrantyMonths: r.warrantyMonths,
      warrantyUntil:
        r.deliveredAt && r.warrantyMonths > 0 ? warrantyEnd(zonedDate(r.deliveredAt, zone), r.warrantyMonths) : null,
      note: r.note,
      media: (photos.get(r.id) ?? []).map((m) => mediaView(m, opts)),
    };
  });
}

export async function findingViews(db: DbOrTx, rows: FindingRow[], opts: Opts = {}): Promise<FindingView[]> {
  if (rows.length === 0) return [];
  const names = await staffNames(
    db,
    rows.map((r) => r.technicianId),
  );
  const photos = await mediaOfOwners(
    db,
    'finding',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    vehicleId: r.vehicleId,
    visitId: r.visitId,
    component: r.component,
    grade: r.grade,
    measureKind: (r.measureKind as FindingView['measureKind']) ?? null,
    measureValue: r.measureValue,
    note: r.note,
    recommendation: r.recommendation,
    noteEn: r.noteEn,
    recommendationEn: r.recommendationEn,
    status: r.status,
    fixedInVisitId: r.fixedInVisitId,
    technicianName: r.technicianId ? (names.get(r.technicianId) ?? null) : null,
    createdAt: r.createdAt.toISOString(),
    photos: (photos.get(r.id) ?? []).map((m) => mediaView(m, opts)),
  }));
}

export const readingView = (r: ReadingRow): ReadingView => ({
  id: r.id,
  vehicleId: r.vehicleId,
  visitId: r.visitId,
  component: r.component,
  kind: r.kind,
  value: r.value,
  mileageKm: r.mileageKm,
  measuredAt: r.measuredAt.toISOString(),
});

/** The whole record of one vehicle (the caller has checked who may see it). */
export async function vehicleRecord(db: DbOrTx, vehicleId: string, opts: Opts = {}) {
  const [visitRows, findingRows, readingRows] = await Promise.all([
    db.select().from(visits).where(eq(visits.vehicleId, vehicleId)).orderBy(asc(visits.checkedInAt)),
    db
      .select()
      .from(findings)
      .where(eq(findings.vehicleId, vehicleId))
      .orderBy(asc(findings.createdAt), asc(findings.id)),
    db
      .select()
      .from(readings)
      .where(eq(readings.vehicleId, vehicleId))
      .orderBy(asc(readings.measuredAt), asc(readings.component)),
  ]);
  return {
    visits: await visitViews(db, visitRows, opts),
    findings: await findingViews(db, findingRows, opts),
    readings: readingRows.map(readingView),
  };
}
