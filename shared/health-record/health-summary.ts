/**
 * The vehicle screen's "status first" line and its wear list, from the mirrored rows alone (so it
 * works offline): per measured component the projection (wear.ts), most urgent first, and the one
 * thing to know — an open red finding, else a component at or near its limit (≤ 90 days), else a
 * service overdue or due within 30 days, else an open yellow finding, else "all good".
 */
import { compareFindings } from './grading.ts';
import type { FindingView, ReadingView } from './record-view.schema.ts';
import type { VisitView } from './visit-view.schema.ts';
import { type ServiceDue, nextServiceDue } from './service-due.ts';
import { type DrivingPace, drivingPace, projectWear, type WearProjection } from './wear.ts';

export const SOON_DAYS = 90;
export const SERVICE_SOON_DAYS = 30;

export type ComponentWear = { component: string; projection: WearProjection };

/** The car's pace from every dated odometer reading it has (visits and readings). */
export function vehiclePace(
  visits: readonly Pick<VisitView, 'mileageKm' | 'checkedInAt'>[],
  readings: readonly ReadingView[],
): DrivingPace | null {
  const points = new Map<string, { mileageKm: number; at: string }>();
  for (const v of visits) points.set(v.checkedInAt, { mileageKm: v.mileageKm, at: v.checkedInAt });
  for (const r of readings) points.set(r.measuredAt, { mileageKm: r.mileageKm, at: r.measuredAt });
  return drivingPace([...points.values()]);
}

const urgency = (p: WearProjection) =>
  p.status === 'limit_reached'
    ? -1
    : p.status === 'projected'
      ? (p.daysLeft ?? Number.MAX_SAFE_INTEGER / 2)
      : Number.MAX_SAFE_INTEGER;

export function wearByComponent(
  readings: readonly ReadingView[],
  pace: DrivingPace | null,
  now: string,
): ComponentWear[] {
  const groups = new Map<string, ReadingView[]>();
  for (const r of readings) groups.set(r.component, [...(groups.get(r.component) ?? []), r]);
  const out: ComponentWear[] = [];
  for (const [component, list] of groups) {
    const projection = projectWear({ kind: list[0]!.kind, readings: list, pace, now });
    if (projection) out.push({ component, projection });
  }
  return out.sort((a, b) => urgency(a.projection) - urgency(b.projection) || a.component.localeCompare(b.component));
}

export type Headline =
  | { kind: 'red_finding'; finding: FindingView }
  | { kind: 'wear'; wear: ComponentWear }
  | { kind: 'service_due'; due: ServiceDue }
  | { kind: 'yellow_finding'; finding: FindingView }
  | { kind: 'all_good'; due: ServiceDue };

export type HealthSummary = { headline: Headline; wear: ComponentWear[]; due: ServiceDue; pace: DrivingPace | null };

export function healthSummary(input: {
  vehicle: { purchaseDate: string; mileageKm: number };
  visits: readonly VisitView[];
  findings: readonly FindingView[];
  readings: readonly ReadingView[];
  /** ISO instant, and the same day as YYYY-MM-DD in the center's zone. */
  now: string;
  today: string;
}): HealthSummary {
  const pace = vehiclePace(input.visits, input.readings);
  const wear = wearByComponent(input.readings, pace, input.now);
  const due = nextServiceDue({
    visits: input.visits,
    purchaseDate: input.vehicle.purchaseDate,
    currentMileageKm: input.vehicle.mileageKm,
    pace,
    today: input.today,
  });
  const open = input.findings.filter((f) => f.status !== 'fixed').sort(compareFindings);
  const red = open.find((f) => f.grade === 'red');
  const soon = wear.find((w) => urgency(w.projection) <= SOON_DAYS);
  const yellow = open.find((f) => f.grade === 'yellow');
  const headline: Headline = red
    ? { kind: 'red_finding', finding: red }
    : soon
      ? { kind: 'wear', wear: soon }
      : due.daysLeft <= SERVICE_SOON_DAYS
        ? { kind: 'service_due', due }
        : yellow
          ? { kind: 'yellow_finding', finding: yellow }
          : { kind: 'all_good', due };
  return { headline, wear, due, pace };
}
